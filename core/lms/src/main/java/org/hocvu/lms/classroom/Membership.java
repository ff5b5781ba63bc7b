package org.hocvu.lms.classroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.people.AccountView;
import org.hocvu.lms.identity.people.PeopleService;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Extensions;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Students coming into a class: with the class code (guessing refused by {@link JoinGuard}), added
 * by the teacher by username or e-mail, or by the teacher's bulk enrolment. Each new membership is a
 * {@code joined} statement written in the same transaction as its row; joining twice changes nothing.
 */
@ApplicationScoped
public class Membership {
    @Inject
    EntityManager em;
    @Inject
    ClassroomService classes;
    @Inject
    JoinGuard guard;
    @Inject
    PeopleService people;
    @Inject
    LearningRecords records;
    @Inject
    Activities activities;
    @Inject
    Clock clock;

    /** The caller joins the class whose code they typed; the class as they now see it. */
    @Transactional
    public ClassView join(MeView learner, String typed) {
        guard.check(learner.id());
        String code = JoinCodes.normalised(typed);
        SchoolClass c = code == null ? null : SchoolClass.find("joinCode", code).firstResult();
        if (c == null) {
            guard.failed(learner.id());
            throw ApiException.badRequest("code", "classroom.join.unknown-code");
        }
        if (c.teacherId.equals(learner.id())) {
            throw ApiException.badRequest("code", "classroom.join.own-class");
        }
        add(c, learner.id(), MemberSource.CODE);
        return classes.view(c, learner.id());
    }

    /** The teacher adds a person by username or e-mail (their profile is made if they never signed in). */
    @Transactional
    public ClassView addStudent(UUID classId, MeView teacher, String login) {
        SchoolClass c = classes.owned(classId, teacher);
        if (login == null || login.isBlank() || login.length() > PeopleService.MAX_LOGIN) {
            throw ApiException.badRequest("login", "classroom.student.login-required");
        }
        AccountView account = people.account(login)
                .orElseThrow(() -> ApiException.badRequest("login", "classroom.student.not-found", login.strip()));
        UUID learner = people.learner(account).id();
        if (learner.equals(teacher.id())) {
            throw ApiException.badRequest("login", "classroom.join.own-class");
        }
        add(c, learner, MemberSource.TEACHER);
        return classes.view(c, teacher.id());
    }

    /**
     * Bulk enrolment's way in: {@code learner} becomes a student of {@code teacher}'s class, in the
     * caller's transaction. True when they were not one already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enrolFromRoster(UUID classId, UUID teacherId, UUID learner) {
        SchoolClass c = SchoolClass.findById(classId);
        if (c == null || !c.teacherId.equals(teacherId)) {
            throw ApiException.notFound("classroom.not-found");
        }
        return add(c, learner, MemberSource.ROSTER);
    }

    /** The school of a teacher's class, for checking who may be put into it. */
    @Transactional
    public String schoolOf(UUID classId, MeView teacher) {
        return classes.owned(classId, teacher).schoolCode;
    }

    private boolean add(SchoolClass c, UUID learner, MemberSource source) {
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("""
                        INSERT INTO classroom_member (class_id, learner_id, source, joined_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, c.id).setParameter(2, learner).setParameter(3, source.dataName()).setParameter(4, now)
                .executeUpdate();
        if (inserted == 1) {
            records.record(LearningEvent.of(learner, Verb.JOINED, activities.schoolClass(c.id.toString(), Map.of("vi", c.name)))
                    .withExtensions(Map.of(Extensions.UNIT, c.schoolCode)).at(now));
        }
        return inserted == 1;
    }
}
