package se.digitalimpactnorth.collaboration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import se.digitalimpactnorth.actor.Actor;

/** One funding line: a funder (an actor on the platform or a named outside funder), a programme, an amount. */
@Entity
@Table(name = "collaboration_funding")
public class CollaborationFunding extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "collaboration_id", updatable = false)
    public Collaboration collaboration;

    /** The line's place in the list, as sent. */
    @Column(nullable = false)
    public int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "funder_actor_id")
    public Actor funderActor;

    @Column(name = "funder_name")
    public String funderName;

    public String programme;

    /** Whole kronor, 0 to 10^12. */
    @Column(name = "amount_sek", nullable = false, precision = 15, scale = 0)
    public BigDecimal amountSek;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FundingType type;
}
