package org.hocvu.lms.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hocvu.lms.classroom.Membership;
import org.hocvu.lms.course.EnrolmentService;
import org.hocvu.lms.course.EnrolmentSource;
import org.hocvu.lms.identity.LearnerView;
import org.hocvu.lms.identity.people.PeopleService;
import org.hocvu.lms.unit.UnitService;

import java.util.UUID;

/**
 * The second step of a row, in the chunk's transaction: the person's HọcVụ profile (made from their
 * account if they never signed in), the manager's bounds for people who already existed, then the
 * enrolment itself (the course context's, or the class's membership), each with its statement.
 */
@ApplicationScoped
class RosterTargets {
    @Inject
    PeopleService people;
    @Inject
    UnitService units;
    @Inject
    EnrolmentService enrolments;
    @Inject
    Membership membership;

    @Transactional(Transactional.TxType.MANDATORY)
    JobStore.Outcome apply(JobTarget target, RowResolver.Resolution r) {
        int row = r.row().rowNo();
        if (r.problem() != null) {
            return new JobStore.Outcome(row, "error", r.problem(), r.problemArg());
        }
        LearnerView learner = people.learner(r.account());
        if (target.kind() == JobTarget.Kind.COURSE && !r.created()
                && (learner.unit() == null || !units.isWithin(learner.unit().code(), target.scopeUnit()))) {
            return new JobStore.Outcome(row, "error", "roster.row.person-out-of-scope", r.row().login());
        }
        boolean added = enrol(target, learner.id());
        return new JobStore.Outcome(row, r.created() ? "created" : added ? "enrolled" : "already", null, null);
    }

    /** True when the person was not enrolled before. */
    private boolean enrol(JobTarget target, UUID learner) {
        if (target.kind() == JobTarget.Kind.CLASS) {
            return membership.enrolFromRoster(UUID.fromString(target.targetId()), target.ownerId(), learner);
        }
        if (enrolments.isEnrolled(learner, target.targetId())) {
            return false;
        }
        enrolments.enrol(learner, target.targetId(), EnrolmentSource.MANAGER);
        return true;
    }
}
