package se.digitalimpactnorth.vocabulary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A technology area of the moderated vocabulary (ai, iot, hpc, ...). */
@Entity
@Table(name = "technology_area")
public class TechnologyArea extends PanacheEntityBase {
    @Id
    public String code;

    @Column(name = "name_sv", nullable = false)
    public String nameSv;

    @Column(name = "name_en", nullable = false)
    public String nameEn;
}
