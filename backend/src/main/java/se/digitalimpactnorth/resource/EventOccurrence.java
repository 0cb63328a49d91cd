package se.digitalimpactnorth.resource;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One occurrence of an event, stored so that date-range queries are plain index scans. */
@Entity
@Table(name = "event_occurrence")
public class EventOccurrence extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "resource_id") UUID resourceId, @Column(name = "starts_at") OffsetDateTime startsAt)
            implements Serializable {}

    @EmbeddedId
    public Key id;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;
}
