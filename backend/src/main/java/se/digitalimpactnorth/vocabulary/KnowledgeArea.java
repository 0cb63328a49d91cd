package se.digitalimpactnorth.vocabulary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A code of the Swedish standard classification of research subjects (SSIF 2025): a research area
 * (1 digit), a research-subject group (3 digits) or a research subject (5 digits). Rows come from
 * migration V9 and never change at run time.
 */
@Entity
@Table(name = "knowledge_area")
public class KnowledgeArea extends PanacheEntityBase {
    @Id
    public String code;

    /** AREA, GROUP or SUBJECT (checked by the database). */
    @Column(nullable = false)
    public String level;

    /** The area of a group, the group of a subject; null for an area. */
    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "name_sv", nullable = false)
    public String nameSv;

    @Column(name = "name_en", nullable = false)
    public String nameEn;
}
