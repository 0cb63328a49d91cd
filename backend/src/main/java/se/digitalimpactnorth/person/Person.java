package se.digitalimpactnorth.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A person known by their token's subject; name and email mirror the latest token. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {
    @Id
    public String subject;

    public String name;

    /** Never shown to anyone but the person themselves. */
    public String email;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
