package org.hocvu.lms.content.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.content.Caller;
import org.hocvu.lms.content.PackageDescription;
import org.hocvu.lms.content.catalog.CatalogService;
import org.hocvu.lms.content.event.VersionPublished;
import org.hocvu.lms.content.zip.Unpacked;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.lms.shared.event.DomainEvents;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The life of a package version: a partner's upload becomes a draft of their organisation, the
 * partner submits it, a reviewer approves (which publishes it) or rejects it with a comment.
 * Versions never change once stored; each step is a row saying who, when, what and why.
 */
@ApplicationScoped
public class ReviewService {
    static final int MAX_COMMENT = 4000;

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CatalogService catalog;
    @Inject
    VersionViews views;
    @Inject
    DomainEvents events;

    /**
     * Checks that the caller may add this version and gives a package without a version of its own
     * (cmi5, SCORM) the next one; refuses before anything is stored.
     */
    @Transactional
    public PackageDescription prepare(PackageDescription description, Caller caller) {
        PackageRecord existing = PackageRecord.findById(description.id());
        if (existing != null && !existing.organisation.equals(caller.organisation())) {
            throw new ApiException(Response.Status.FORBIDDEN, "content.package.other-organisation", null, description.id());
        }
        String version = description.version();
        if (description.version() == null) { // cmi5, and SCORM without a version in hocvu.yaml
            long count = VersionRecord.count("packageId", description.id());
            version = (count + 1) + ".0.0";
        } else if (VersionRecord.of(description.id(), version).isPresent()) {
            throw ApiException.conflict("content.version.exists", description.id(), version);
        }
        return new PackageDescription(description.id(), version, description.kind(), description.languages(),
                description.title(), description.summary(),
                description.publisher() == null ? caller.organisation() : description.publisher(),
                description.licence(), description.targetGroups(), description.estimatedMinutes(), description.lessons());
    }

    /** Stores the draft's rows (its files are already in the store) in one transaction. */
    @Transactional
    public VersionView createDraft(PackageDescription description, Collection<Unpacked.Entry> files, Caller caller) {
        Instant now = clock.instant();
        PackageRecord pkg = PackageRecord.findById(description.id());
        if (pkg == null) {
            pkg = new PackageRecord();
            pkg.id = description.id();
            pkg.kind = description.kind().dataName();
            pkg.organisation = caller.organisation();
            pkg.createdAt = now;
            pkg.persist();
        }
        VersionRecord version = new VersionRecord();
        version.id = UUID.randomUUID();
        version.packageId = description.id();
        version.version = description.version();
        version.status = VersionStatus.DRAFT.dataName();
        version.description = Descriptions.write(description);
        version.uploadedBy = caller.user();
        version.uploadedAt = now;
        version.persist();
        for (Unpacked.Entry file : files) {
            em.createNativeQuery("INSERT INTO content_version_file (version_id, path, sha256, size) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, version.id).setParameter(2, file.path()).setParameter(3, file.sha256())
                    .setParameter(4, file.size()).executeUpdate();
        }
        step(version, "uploaded", caller.user(), null);
        em.flush();
        return views.of(version, pkg);
    }

    @Transactional
    public VersionView submit(String packageId, String version, Caller caller, Decision decision) {
        VersionRecord v = visible(packageId, version, caller);
        move(v, VersionStatus.DRAFT, VersionStatus.SUBMITTED, "submit");
        step(v, "submitted", caller.user(), comment(decision, false));
        return views.of(v);
    }

    @Transactional
    public VersionView approve(String packageId, String version, Caller caller, Decision decision) {
        VersionRecord v = find(packageId, version);
        move(v, VersionStatus.SUBMITTED, VersionStatus.PUBLISHED, "approve");
        step(v, "approved", caller.user(), comment(decision, false));
        VersionRecord.<VersionRecord>list("packageId = ?1 and status = ?2 and id <> ?3", packageId,
                VersionStatus.PUBLISHED.dataName(), v.id).forEach(old -> {
                    old.status = VersionStatus.SUPERSEDED.dataName();
                    step(old, "superseded", caller.user(), v.version);
                });
        catalog.publish(v.id, Descriptions.read(v.description), clock.instant());
        events.publish(new VersionPublished(v.packageId, v.version, v.id));
        return views.of(v);
    }

    @Transactional
    public VersionView reject(String packageId, String version, Caller caller, Decision decision) {
        VersionRecord v = find(packageId, version);
        move(v, VersionStatus.SUBMITTED, VersionStatus.REJECTED, "reject");
        step(v, "rejected", caller.user(), comment(decision, true));
        return views.of(v);
    }

    @Transactional
    public VersionView get(String packageId, String version, Caller caller) {
        return views.of(visible(packageId, version, caller));
    }

    /** A partner's organisation's versions, or (reviewers) every version; optionally of one status. */
    @Transactional
    public Page<VersionView> list(Caller caller, VersionStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (!caller.reviewer()) {
            where.append(" and packageId in (select p.id from PackageRecord p where p.organisation = :organisation)");
        }
        if (status != null) {
            where.append(" and status = :status");
        }
        var query = VersionRecord.<VersionRecord>find(where + " order by uploadedAt desc, packageId, version",
                parameters(caller, status));
        List<VersionView> items = query.page(page.page(), page.size()).list().stream().map(views::of).toList();
        return Page.of(items, page, query.count());
    }

    private static io.quarkus.panache.common.Parameters parameters(Caller caller, VersionStatus status) {
        io.quarkus.panache.common.Parameters p = new io.quarkus.panache.common.Parameters();
        if (!caller.reviewer()) {
            p = p.and("organisation", caller.organisation());
        }
        if (status != null) {
            p = p.and("status", status.dataName());
        }
        return p;
    }

    /** The version, if the caller may see it: reviewers see all, partners their organisation's. */
    private VersionRecord visible(String packageId, String version, Caller caller) {
        VersionRecord v = find(packageId, version);
        if (!caller.reviewer()) {
            PackageRecord pkg = PackageRecord.findById(packageId);
            if (caller.organisation() == null || !caller.organisation().equals(pkg.organisation)) {
                throw ApiException.notFound("content.package.not-found", packageId, version);
            }
        }
        return v;
    }

    private VersionRecord find(String packageId, String version) {
        return VersionRecord.of(packageId, version)
                .orElseThrow(() -> ApiException.notFound("content.package.not-found", packageId, version));
    }

    private static void move(VersionRecord v, VersionStatus from, VersionStatus to, String action) {
        if (v.statusValue() != from) {
            throw ApiException.conflict("content.version.wrong-status", v.status, action);
        }
        v.status = to.dataName();
    }

    private static String comment(Decision decision, boolean required) {
        String comment = decision == null || decision.comment() == null ? null : decision.comment().strip();
        if (required && (comment == null || comment.isEmpty())) {
            throw ApiException.badRequest("comment", "content.review.comment-required");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw ApiException.badRequest("comment", "content.review.comment-too-long", MAX_COMMENT);
        }
        return comment == null || comment.isEmpty() ? null : comment;
    }

    private void step(VersionRecord v, String action, String actor, String comment) {
        ReviewStep step = new ReviewStep();
        step.versionId = v.id;
        step.action = action;
        step.actor = actor;
        step.at = clock.instant();
        step.comment = comment;
        step.persist();
    }
}
