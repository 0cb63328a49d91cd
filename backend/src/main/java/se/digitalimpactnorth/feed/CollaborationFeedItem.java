package se.digitalimpactnorth.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.collaboration.BoundaryProfile;

/** One public collaboration as the collaborations feed shows it, in one language. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CollaborationFeedItem", requiredProperties = {"id", "url", "kind", "status", "title", "startDate", "lead",
    "members", "funders", "boundaryProfile", "updated"})
public record CollaborationFeedItem(
        UUID id,
        @Schema(description = "The collaboration's page on the platform") String url,
        @Schema(description = "PROJECT, PARTNERSHIP, NETWORK, INNOVATION_CHALLENGE, CONSORTIUM or TESTBED_USE") String kind,
        @Schema(description = "PLANNED, ACTIVE, COMPLETED or CANCELLED") String status,
        String title,
        @Schema(description = "Plain text") String summary,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(description = "Its own website, if it has one") String website,
        Organisation lead,
        @Schema(description = "The participants that count (accepted, actor active), the lead included, lead first")
        List<Member> members,
        @Schema(description = "Who funds it: the funders of its funding lines and its participants in the FUNDER role, each once")
        List<Organisation> funders,
        BoundaryProfile boundaryProfile,
        OffsetDateTime published,
        @Schema(description = "The latest change of the collaboration or of a member's organisation") OffsetDateTime updated) implements FeedEntry {

    /** An organisation: on the platform (with its page) or, for an outside funder, only a name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CollaborationFeedOrganisation", requiredProperties = "name")
    public record Organisation(String name, @Schema(description = "Its page on the platform; absent for an outside funder") String url) {}

    @Schema(name = "CollaborationFeedMember", requiredProperties = {"name", "url", "role", "sector"})
    public record Member(String name, String url, @Schema(description = "LEAD, PARTNER, FUNDER or ASSOCIATE") String role,
            @Schema(description = "BUSINESS, ACADEMIA, PUBLIC or CIVIL") String sector) {}
}
