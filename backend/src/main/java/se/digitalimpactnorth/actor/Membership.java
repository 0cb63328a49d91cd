package se.digitalimpactnorth.actor;

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
import se.digitalimpactnorth.person.Person;

/** A person's place in an actor. */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "actor_id") UUID actorId, @Column(name = "subject") String subject)
            implements Serializable {}

    @EmbeddedId
    public Key id;

    @MapsId("actorId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    @MapsId("subject")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject")
    public Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberRole role;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
