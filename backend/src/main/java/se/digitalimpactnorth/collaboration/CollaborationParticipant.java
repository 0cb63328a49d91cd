package se.digitalimpactnorth.collaboration;

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
import se.digitalimpactnorth.actor.ActorStatus;

/** An actor named in a collaboration, with its role and where its invitation stands. */
@Entity
@Table(name = "collaboration_participant")
public class CollaborationParticipant extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "collaboration_id") UUID collaborationId, @Column(name = "actor_id") UUID actorId)
            implements Serializable {}

    @EmbeddedId
    public Key id;

    @MapsId("collaborationId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "collaboration_id")
    public Collaboration collaboration;

    @MapsId("actorId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantStatus status;

    @Column(name = "invited_at", nullable = false)
    public OffsetDateTime invitedAt;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    /** The subject of the person who invited it (for the lead: who created the collaboration). */
    @Column(name = "invited_by")
    public String invitedBy;

    /** The subject of the owner who answered. */
    @Column(name = "answered_by")
    public String answeredBy;

    /** The contract's rule: accepted, and the actor active. */
    public boolean counts() {
        return status == ParticipantStatus.ACCEPTED && actor.status == ActorStatus.ACTIVE;
    }

    /** A row whose actor's people may see the collaboration while it is not public: invited or accepted. */
    public boolean involved() {
        return status == ParticipantStatus.INVITED || status == ParticipantStatus.ACCEPTED;
    }

    /** A new row: INVITED, or ACCEPTED at once for the lead that creates the collaboration. */
    public static CollaborationParticipant of(Collaboration c, Actor actor, ParticipantRole role, ParticipantStatus status,
            String by) {
        CollaborationParticipant p = new CollaborationParticipant();
        p.id = new Key(c.id, actor.id);
        p.collaboration = c;
        p.actor = actor;
        p.role = role;
        p.status = status;
        p.invitedAt = OffsetDateTime.now();
        p.invitedBy = by;
        if (status == ParticipantStatus.ACCEPTED) {
            p.answeredAt = p.invitedAt;
            p.answeredBy = by;
        }
        return p;
    }
}
