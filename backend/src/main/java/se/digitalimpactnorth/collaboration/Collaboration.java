package se.digitalimpactnorth.collaboration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.vocabulary.Municipality;
import se.digitalimpactnorth.vocabulary.TechnologyArea;

/** A collaboration between actors: a project, partnership, network, ... with its participants and boundary profile. */
// Indexed for search; what goes into the index and when: se.digitalimpactnorth.search.SearchMapping.
@Indexed(index = "collaboration")
@Entity
@Table(name = "collaboration")
public class Collaboration extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CollaborationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CollaborationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Publication publication;

    @Column(name = "title_sv")
    public String titleSv;
    @Column(name = "title_en")
    public String titleEn;
    @Column(name = "summary_sv")
    public String summarySv;
    @Column(name = "summary_en")
    public String summaryEn;
    @Column(name = "description_sv")
    public String descriptionSv;
    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;

    public String website;

    /** Every participant row, whatever its status; only {@link #counting()} ones count. */
    @OneToMany(mappedBy = "collaboration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("invitedAt")
    public List<CollaborationParticipant> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "collaboration_sdg", joinColumns = @JoinColumn(name = "collaboration_id"))
    @Column(name = "sdg")
    public Set<Short> sdgs = new TreeSet<>();

    @ManyToMany
    @JoinTable(name = "collaboration_technology_area",
            joinColumns = @JoinColumn(name = "collaboration_id"), inverseJoinColumns = @JoinColumn(name = "code"))
    public Set<TechnologyArea> technologyAreas = new LinkedHashSet<>();

    /** SSIF codes of any level (area, group, subject). */
    @ElementCollection
    @CollectionTable(name = "collaboration_knowledge_area", joinColumns = @JoinColumn(name = "collaboration_id"))
    @Column(name = "code")
    public Set<String> knowledgeAreaCodes = new TreeSet<>();

    @ManyToMany
    @JoinTable(name = "collaboration_place",
            joinColumns = @JoinColumn(name = "collaboration_id"), inverseJoinColumns = @JoinColumn(name = "municipality_code"))
    public Set<Municipality> places = new LinkedHashSet<>();

    @OneToMany(mappedBy = "collaboration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CollaborationFunding> funding = new ArrayList<>();

    /** Resources of participants that the collaboration used or produced (testbeds, events, results). */
    @ElementCollection
    @CollectionTable(name = "collaboration_resource", joinColumns = @JoinColumn(name = "collaboration_id"))
    @Column(name = "resource_id")
    public Set<UUID> linkedResourceIds = new LinkedHashSet<>();

    // --- moderation: set and cleared only by moderators (takedown, restore) ---
    @Column(name = "taken_down_at")
    public OffsetDateTime takenDownAt;
    @Column(name = "takedown_reason")
    public String takedownReason;
    /** The subject of the moderator who took it down; never shown outside the audit trail. */
    @Column(name = "taken_down_by")
    public String takenDownBy;

    // --- the stored boundary profile, written only by CollaborationProfiles ---
    /** The whole {@link BoundaryProfile} as JSON, returned as stored. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "boundary_profile")
    public Map<String, Object> boundaryProfile;
    @Column(name = "boundary_score", nullable = false)
    public short boundaryScore;
    @Column(name = "crosses_sector", nullable = false)
    public boolean crossesSector;
    @Column(name = "crosses_organisation", nullable = false)
    public boolean crossesOrganisation;
    @Column(name = "crosses_place", nullable = false)
    public boolean crossesPlace;
    @Column(name = "crosses_knowledge", nullable = false)
    public boolean crossesKnowledge;
    @Column(name = "crosses_technology", nullable = false)
    public boolean crossesTechnology;
    @Column(name = "participant_count", nullable = false)
    public int participantCount;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "profile_sectors", nullable = false)
    public List<String> profileSectors = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "profile_municipalities", nullable = false)
    public List<String> profileMunicipalities = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "profile_counties", nullable = false)
    public List<String> profileCounties = new ArrayList<>();

    /** The lead's integrator's own id (upsert by external id); unique per {@link #externalActorId}. */
    @Column(name = "external_id")
    public String externalId;

    /** The actor whose id {@link #externalId} is: the lead when the collaboration was created by upsert. */
    @Column(name = "external_actor_id")
    public UUID externalActorId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public boolean isTakenDown() {
        return takenDownAt != null;
    }

    /**
     * Marks a change that touches no column of this row (a participant's answer, a new
     * invitation): the row becomes dirty, so its version, and with it its ETag, moves on.
     */
    public void touch() {
        updatedAt = OffsetDateTime.now();
    }

    /** The lead's row; there is always exactly one. */
    public CollaborationParticipant leadRow() {
        return participants.stream().filter(p -> p.role == ParticipantRole.LEAD).findFirst()
                .orElseThrow(() -> new IllegalStateException("Collaboration " + id + " has no lead"));
    }

    public Actor lead() {
        return leadRow().actor;
    }

    /** The row of this actor, if it was ever named. */
    public Optional<CollaborationParticipant> participant(UUID actorId) {
        return participants.stream().filter(p -> p.actor.id.equals(actorId)).findFirst();
    }

    /** The participants that count: accepted, and their actor active. */
    public List<CollaborationParticipant> counting() {
        return participants.stream().filter(CollaborationParticipant::counts).toList();
    }

    /** Whether the lead's actor is active (a pending or suspended lead hides the collaboration). */
    public boolean leadActive() {
        return lead().status == ActorStatus.ACTIVE;
    }
}
