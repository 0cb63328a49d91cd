package se.digitalimpactnorth.actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;
import se.digitalimpactnorth.vocabulary.Municipality;
import se.digitalimpactnorth.vocabulary.TechnologyArea;

/** An organisation or unit taking part in the initiative. */
// Indexed for search; what goes into the index and when: se.digitalimpactnorth.search.SearchMapping.
@Indexed(index = "actor")
@Entity
@Table(name = "actor")
public class Actor extends PanacheEntityBase {
    @Id
    public UUID id;

    /** Made from the name at registration and never changed, so links stay valid. */
    @Column(nullable = false, updatable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorKind kind;

    /** Computed by the database from the kind. */
    @Enumerated(EnumType.STRING)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(insertable = false, updatable = false)
    public Sector sector;

    @Column(name = "org_number")
    public String orgNumber;

    @Column(name = "description_sv")
    public String descriptionSv;

    @Column(name = "description_en")
    public String descriptionEn;

    public String website;

    @Column(name = "logo_url")
    public String logoUrl;

    @Column(name = "contact_email")
    public String contactEmail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_code")
    public Municipality municipality;

    public Double latitude;

    public Double longitude;

    @ManyToMany
    @JoinTable(name = "actor_technology_area",
            joinColumns = @JoinColumn(name = "actor_id"), inverseJoinColumns = @JoinColumn(name = "code"))
    @OrderBy("code")
    public Set<TechnologyArea> technologyAreas = new LinkedHashSet<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> competences = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
