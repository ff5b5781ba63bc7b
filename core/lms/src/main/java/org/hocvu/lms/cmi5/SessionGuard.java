package org.hocvu.lms.cmi5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.session.LrsSession;
import org.hocvu.lms.xapi.session.LrsSessions;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What an AU may send with its session's auth-token (cmi5 7.1, 9.3, 10): only that session's
 * statements and documents, checked in order against the session and the registration; each
 * violation is a 403 and nothing of the request is stored. The rules themselves are in {@link SessionRules}.
 */
@ApplicationScoped
public class SessionGuard implements LrsSessions {
    static final String KEY_PREFIX = "cmi5.";

    @Inject
    Cmi5Store store;
    @Inject
    Courses courses;
    @Inject
    Progress progress;
    @Inject
    Clock clock;

    @Override
    @Transactional
    public Optional<LrsSession> resolve(String key, String secret) {
        if (!key.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(key.substring(KEY_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<Cmi5Store.Session> session = store.session(id, false);
        String hash = session.flatMap(s -> store.tokenHash(s.id())).orElse(null);
        if (hash == null || !MessageDigest.isEqual(hash.getBytes(), Tokens.sha256(secret).getBytes())
                || !session.get().expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        UUID learner = store.registration(session.get().registration()).orElseThrow().learner();
        return Optional.of(new LrsSession(id.toString(), learner));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Runnable admitStatements(LrsSession lrsSession, List<ObjectNode> statements) {
        Context c = context(lrsSession, true);
        Instant now = clock.instant();
        SessionRules rules = new SessionRules(c.session(), c.registration().id(), courses.au(c.course(), c.au()).id(), c.au(),
                store.nodes(c.registration().id()).getOrDefault(c.au().node(), Cmi5Store.NodeState.NONE));
        for (JsonNode statement : statements) {
            rules.admit(statement);
        }
        store.sessionSeen(c.session().id(), rules.initialized() ? now : null, rules.terminated() ? now : null, now, rules.verbs());
        rules.newFlags().forEach(flag -> store.mark(c.registration().id(), c.au().node(), flag));
        if (rules.newFlags().isEmpty() && !rules.terminated()) {
            return null;
        }
        return () -> progress.evaluate(c.registration(), c.course(), c.session().id(), now);
    }

    @Override
    @Transactional
    public void admitDocument(LrsSession lrsSession, String resource, Map<String, String> params, boolean write) {
        Context c = context(lrsSession, false);
        if (!c.session().open()) {
            throw XapiException.forbidden("cmi5.rule.session-ended");
        }
        String activity = courses.au(c.course(), c.au()).id();
        if (resource.startsWith("activities/") && !activity.equals(params.get("activityId"))) {
            throw XapiException.forbidden("cmi5.rule.other-activity");
        }
        if (resource.equals("activities/state")) {
            String registration = params.get("registration");
            if (registration != null && !registration.equalsIgnoreCase(c.registration().id().toString())) {
                throw XapiException.forbidden("cmi5.rule.other-registration");
            }
            String stateId = params.get("stateId");
            if (write && (stateId == null || Cmi5Iris.LAUNCH_DATA.equals(stateId))) {
                throw XapiException.forbidden("cmi5.rule.launch-data");
            }
        }
    }

    private record Context(Cmi5Store.Session session, Cmi5Store.Registration registration, Courses.Course course,
                           CourseStructure.Au au) {
    }

    private Context context(LrsSession lrsSession, boolean lock) {
        Cmi5Store.Session session = store.session(UUID.fromString(lrsSession.id()), lock)
                .orElseThrow(() -> XapiException.forbidden("cmi5.rule.session-ended"));
        Cmi5Store.Registration reg = store.registration(session.registration()).orElseThrow();
        Courses.Course course = courses.course(reg.packageId(), reg.version());
        return new Context(session, reg, course, course.structure().aus().get(session.auIndex()));
    }
}
