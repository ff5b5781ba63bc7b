package org.hocvu.lms.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An administrative unit: a province or city, a commune, ward or special zone (official codes), or a
 * unit a campaign admin added below a commune. {@code path} lists the codes from the root,
 * "/82/28249/", so "this unit and below" is one indexed prefix match.
 */
@Entity
@Table(name = "admin_unit")
public class AdminUnit extends PanacheEntityBase {
    @Id
    public String code;

    @Column(name = "parent_code")
    public String parentCode;

    public String name;
    public String kind;
    public int depth;
    public boolean official;
    public String path;

    @Column(name = "search_name")
    public String searchName;

    @Column(name = "search_bare")
    public String searchBare;

    /** The folded name, then the bare names of the units above it: "xa tan hoa tay ninh". */
    @Column(name = "search_full")
    public String searchFull;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    /** When a campaign admin closed it; null while it is open. Official units are never closed here. */
    @Column(name = "closed_at")
    public Instant closedAt;
}
