package se.digitalimpactnorth.resource;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import se.digitalimpactnorth.actor.Actor;

/** An actor named as co-organiser of a resource: an invitation until that actor's owners accept it. */
@Entity
@Table(name = "resource_co_organiser")
public class CoOrganiser extends PanacheEntityBase {

    /** PENDING until the invited actor's owners answer; only ACCEPTED ones are shown and listed. */
    public enum Status { PENDING, ACCEPTED, DECLINED }

    @Embeddable
    public record Key(@Column(name = "resource_id") UUID resourceId, @Column(name = "actor_id") UUID actorId)
            implements Serializable {}

    @EmbeddedId
    public Key id;

    @MapsId("resourceId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_id")
    public Resource resource;

    @MapsId("actorId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "invited_at", nullable = false)
    public OffsetDateTime invitedAt;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    /** The subject of the owner who answered. */
    @Column(name = "answered_by")
    public String answeredBy;

    static CoOrganiser invite(Resource resource, Actor actor) {
        CoOrganiser c = new CoOrganiser();
        c.id = new Key(resource.id, actor.id);
        c.resource = resource;
        c.actor = actor;
        c.status = Status.PENDING;
        c.invitedAt = OffsetDateTime.now();
        return c;
    }
}
