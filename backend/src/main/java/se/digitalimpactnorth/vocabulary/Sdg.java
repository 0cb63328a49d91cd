package se.digitalimpactnorth.vocabulary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 17 goals of Agenda 2030; rows come from migration V1 and never change at run time. */
@Entity
@Table(name = "sdg")
public class Sdg extends PanacheEntityBase {
    @Id
    public short number;

    @Column(name = "name_sv", nullable = false)
    public String nameSv;

    @Column(name = "name_en", nullable = false)
    public String nameEn;
}
