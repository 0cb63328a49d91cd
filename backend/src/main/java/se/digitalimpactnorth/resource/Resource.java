package se.digitalimpactnorth.resource;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.vocabulary.Municipality;
import se.digitalimpactnorth.vocabulary.TechnologyArea;

/** A knowledge or innovation resource published by an actor. */
// Indexed for search; what goes into the index and when: se.digitalimpactnorth.search.SearchMapping.
@Indexed(index = "resource")
@Entity
@Table(name = "resource")
public class Resource extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", updatable = false)
    public Actor actor;

    /** Every actor named as co-organiser, with its answer; only the accepted ones co-organise. */
    @OneToMany(mappedBy = "resource", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("invitedAt")
    public List<CoOrganiser> coOrganisers = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ResourceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResourceStatus status;

    @Column(name = "title_sv")
    public String titleSv;
    @Column(name = "title_en")
    public String titleEn;
    @Column(name = "summary_sv")
    public String summarySv;
    @Column(name = "summary_en")
    public String summaryEn;
    @Column(name = "body_sv")
    public String bodySv;
    @Column(name = "body_en")
    public String bodyEn;

    @Column(nullable = false)
    public String language;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "resource_technology_area",
            joinColumns = @JoinColumn(name = "resource_id"), inverseJoinColumns = @JoinColumn(name = "code"))
    public Set<TechnologyArea> technologyAreas = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "resource_sdg", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "sdg")
    public Set<Short> sdgs = new TreeSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_code")
    public Municipality municipality;

    public Double latitude;
    public Double longitude;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Map<String, Object>> links = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> contact;

    /** The kind's own fields that nothing filters on, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> details = Map.of();

    // --- EVENT ---
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "all_day")
    public Boolean allDay;
    public String rrule;
    @Column(name = "event_status")
    public String eventStatus;
    @Column(name = "attendance_mode")
    public String attendanceMode;

    // --- LAB, TESTBED ---
    @Column(name = "access_condition")
    public String accessCondition;
    @Column(name = "trl_min")
    public Short trlMin;
    @Column(name = "trl_max")
    public Short trlMax;

    // --- moderation: set and cleared only by moderators (takedown, restore) ---
    @Column(name = "taken_down_at")
    public OffsetDateTime takenDownAt;
    @Column(name = "takedown_reason")
    public String takedownReason;
    /** The subject of the moderator who took it down; never shown outside the audit trail. */
    @Column(name = "taken_down_by")
    public String takenDownBy;

    /** The publisher's integrator's own id (upsert by external id); unique per publisher. */
    @Column(name = "external_id")
    public String externalId;

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

    /** The co-organisers that accepted: the only ones shown, and the only ones whose lists show it. */
    public List<Actor> acceptedCoOrganisers() {
        return coOrganisers.stream().filter(c -> c.status == CoOrganiser.Status.ACCEPTED).map(c -> c.actor).toList();
    }
}
