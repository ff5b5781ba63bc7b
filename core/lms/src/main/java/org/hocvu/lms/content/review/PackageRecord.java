package org.hocvu.lms.content.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A package id and the organisation that owns it (the first to upload it). */
@Entity
@Table(name = "content_package")
public class PackageRecord extends PanacheEntityBase {
    @Id
    public String id;
    public String kind;
    public String organisation;
    @Column(name = "created_at")
    public Instant createdAt;
}
