package org.hocvu.lms.cmi5;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Languages;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.xapi.auth.XapiCallers;
import org.hocvu.lms.xapi.json.XapiJson;
import org.hocvu.lms.xapi.record.LearnerDocuments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The cmi5 LMS: registrations (one per learner and course until the course is satisfied), AU
 * launches with their LMS.LaunchData, learner preferences and launched statement, the one-time
 * fetch of the auth-token, waives, and abandoned sessions (found when the registration launches
 * again, or when the sweep at any launch finds a session older than its token's life).
 */
@ApplicationScoped
public class Cmi5Service {
    static final Set<String> MODES = Set.of("Normal", "Browse", "Review");
    static final Set<String> REASONS = Set.of("Tested Out", "Equivalent AU", "Equivalent Outside Activity", "Administrative");
    private static final int SWEEP_BATCH = 20;

    @Inject
    Cmi5Store store;
    @Inject
    Courses courses;
    @Inject
    Cmi5Records records;
    @Inject
    Progress progress;
    @Inject
    LearnerDocuments documents;
    @Inject
    XapiCallers callers;
    @Inject
    Clock clock;
    @ConfigProperty(name = "hocvu.cmi5.session-hours", defaultValue = "12")
    int sessionHours;

    /**
     * Launches an AU for the learner (a registration is created on the first launch). {@code origin}
     * is this server as the caller reached it ({@code https://host/}): the AU calls the LRS and the
     * fetch URL there, and the learner returns there.
     */
    @Transactional
    public Views.LaunchView launch(UUID learner, Views.LaunchRequest r, String origin) {
        Instant now = clock.instant();
        sweep(now);
        Cmi5Store.Registration reg = registration(learner, r.packageId(), r.version(), r.registration(), now);
        Courses.Course course = courses.course(reg.packageId(), reg.version());
        CourseStructure.Au au = au(course, r.auIndex(), r.auId());
        String mode = r.launchMode() == null || r.launchMode().isBlank() ? "Normal" : r.launchMode().strip();
        if (!MODES.contains(mode)) {
            throw ApiException.badRequest("launchMode", "cmi5.launch.bad-mode", mode);
        }
        abandonOpen(reg, course, now);
        UUID session = UUID.randomUUID();
        String fetchKey = Tokens.random();
        store.createSession(session, reg.id(), au.index(), mode, fetchKey, now, now.plus(Duration.ofHours(sessionHours)));
        store.mark(reg.id(), au.node(), "launched");
        String activityId = courses.au(course, au).id();
        String returnUrl = returnUrl(origin, reg.packageId(), r.returnUrl());
        documents.putState(learner, activityId, reg.id(), Cmi5Iris.LAUNCH_DATA, launchData(au, session, mode, returnUrl));
        documents.putAgentProfileIfAbsent(learner, Cmi5Iris.LEARNER_PREFERENCES,
                XapiJson.object().put("languagePreference", String.join(",", Languages.configured().codes()))
                        .put("audioPreference", "on"));
        String auUrl = courses.auUrl(course, au, origin);
        String url = auUrl + (auUrl.contains("?") ? "&" : "?")
                + "endpoint=" + enc(origin + "xapi/")
                + "&fetch=" + enc(origin + "api/v1/cmi5/fetch/" + fetchKey)
                + "&actor=" + enc(XapiJson.text(callers.learnerAgent(learner)))
                + "&registration=" + enc(reg.id().toString())
                + "&activityId=" + enc(activityId);
        records.launched(new Cmi5Records.Launch(learner, reg.id(), session, course, au, mode, auUrl, now));
        return new Views.LaunchView(url, reg.id(), session, au.ownWindow() ? "OwnWindow" : "AnyWindow", mode, returnUrl);
    }

    /** The fetch URL's answer (cmi5 8.2): the token the first time, the error body after (always 200, JSON). */
    @Transactional
    public Map<String, String> fetch(String fetchKey) {
        String secret = Tokens.random();
        Optional<UUID> session = fetchKey.length() > 64 ? Optional.empty()
                : store.claimFetch(fetchKey, Tokens.sha256(secret), clock.instant());
        if (session.isPresent()) {
            return Map.of("auth-token", Tokens.authToken(SessionGuard.KEY_PREFIX + session.get(), secret));
        }
        boolean known = fetchKey.length() <= 64 && store.fetchKeyExists(fetchKey);
        return Map.of("error-code", known ? "1" : "2", "error-text",
                Messages.get(Languages.VIETNAMESE, known ? "cmi5.fetch.used" : "cmi5.fetch.unknown"));
    }

    /** A teacher or manager waives an AU for a learner (cmi5 9.3.7): once per AU and registration. */
    @Transactional
    public Views.RegistrationView waive(Views.WaiveRequest r) {
        if (r.learnerId() == null) {
            throw ApiException.badRequest("learnerId", "cmi5.waive.no-learner");
        }
        if (r.reason() == null || !REASONS.contains(r.reason().strip())) {
            throw ApiException.badRequest("reason", "cmi5.waive.bad-reason", String.join(", ", REASONS));
        }
        Instant now = clock.instant();
        Cmi5Store.Registration reg = registration(r.learnerId(), r.packageId(), null, null, now);
        Courses.Course course = courses.course(reg.packageId(), reg.version());
        CourseStructure.Au au = au(course, r.auIndex(), null);
        if (store.nodes(reg.id()).getOrDefault(au.node(), Cmi5Store.NodeState.NONE).waived()) {
            throw ApiException.conflict("cmi5.waive.already");
        }
        UUID session = UUID.randomUUID();
        store.mark(reg.id(), au.node(), "waived");
        records.waived(reg.learner(), reg.id(), session, course, au, r.reason().strip(), now);
        progress.evaluate(reg, course, session, now);
        return view(store.registration(reg.id()).orElseThrow(), course);
    }

    /** A registration's state, or 404 (also when {@code learner} is given and it is someone else's). */
    @Transactional
    public Views.RegistrationView registration(UUID id, UUID learner) {
        Cmi5Store.Registration reg = store.registration(id).filter(r -> learner == null || r.learner().equals(learner))
                .orElseThrow(() -> ApiException.notFound("cmi5.registration.not-found"));
        return view(reg, courses.course(reg.packageId(), reg.version()));
    }

    /**
     * The learner's latest registration in the course — the open one, or the one they satisfied last
     * (the next launch starts a new one) — or the course as never attempted.
     */
    @Transactional
    public Views.RegistrationView forLearner(UUID learner, String packageId) {
        Optional<Cmi5Store.Registration> reg = store.latestRegistration(learner, packageId);
        if (reg.isPresent()) {
            return view(reg.get(), courses.course(packageId, reg.get().version()));
        }
        Courses.Course course = courses.course(packageId, null);
        return CourseViews.view(null, learner, course, Map.of(), false, courses);
    }

    private Views.RegistrationView view(Cmi5Store.Registration reg, Courses.Course course) {
        return CourseViews.view(reg.id(), reg.learner(), course, store.nodes(reg.id()), reg.satisfiedAt() != null, courses);
    }

    private Cmi5Store.Registration registration(UUID learner, String packageId, String version, UUID id, Instant now) {
        if (id != null) {
            return store.registration(id).filter(r -> r.learner().equals(learner) && (packageId == null || r.packageId().equals(packageId)))
                    .orElseThrow(() -> ApiException.notFound("cmi5.registration.not-found"));
        }
        if (packageId == null || packageId.isBlank() || packageId.length() > 100) {
            throw ApiException.badRequest("packageId", "cmi5.launch.no-package");
        }
        return store.openRegistration(learner, packageId).orElseGet(() -> {
            Courses.Course course = courses.course(packageId, version);
            UUID reg = UUID.randomUUID();
            store.createRegistration(reg, learner, packageId, course.version(), course.versionId(), now);
            Cmi5Store.Registration created = store.registration(reg).orElseThrow();
            // moveOn is evaluated at registration (9.6.1): NotApplicable AUs satisfy blocks and the course at once
            progress.evaluate(created, course, UUID.randomUUID(), now);
            return store.registration(reg).orElseThrow();
        });
    }

    private static CourseStructure.Au au(Courses.Course course, Integer index, String publisherId) {
        var aus = course.structure().aus();
        if (publisherId != null && !publisherId.isBlank()) {
            return aus.stream().filter(a -> a.publisherId().equals(publisherId.strip())).findFirst()
                    .orElseThrow(() -> ApiException.badRequest("auId", "cmi5.launch.no-au", publisherId));
        }
        if (index == null || index < 0 || index >= aus.size()) {
            throw ApiException.badRequest("auIndex", "cmi5.launch.bad-index", aus.size() - 1);
        }
        return aus.get(index);
    }

    /** Every session of the registration left without terminated is abandoned now (9.3.6). */
    private void abandonOpen(Cmi5Store.Registration reg, Courses.Course course, Instant now) {
        for (Cmi5Store.Session s : store.openSessions(reg.id())) {
            abandon(s, reg, course, now);
        }
    }

    /** Sessions older than their token's life are abandoned, a few at each launch (no node needs a timer). */
    private void sweep(Instant now) {
        for (Cmi5Store.Session s : store.staleSessions(now.minus(Duration.ofHours(sessionHours)), SWEEP_BATCH)) {
            Cmi5Store.Registration reg = store.registration(s.registration()).orElseThrow();
            abandon(s, reg, courses.course(reg.packageId(), reg.version()), now);
        }
    }

    private void abandon(Cmi5Store.Session s, Cmi5Store.Registration reg, Courses.Course course, Instant now) {
        Instant last = s.lastStatementAt() == null ? s.launchedAt() : s.lastStatementAt();
        store.abandoned(s.id(), now);
        records.abandoned(reg.learner(), reg.id(), s.id(), course, course.structure().aus().get(s.auIndex()),
                Duration.between(s.launchedAt(), last), now);
    }

    private ObjectNode launchData(CourseStructure.Au au, UUID session, String mode, String returnUrl) {
        ObjectNode data = XapiJson.object();
        ObjectNode template = data.putObject("contextTemplate");
        template.putObject("contextActivities").putArray("grouping").addObject().put("objectType", "Activity").put("id", au.publisherId());
        template.putObject("extensions").put(Cmi5Iris.SESSION_ID, session.toString());
        data.put("launchMode", mode).put("launchMethod", au.ownWindow() ? "OwnWindow" : "AnyWindow")
                .put("moveOn", au.moveOn().name()).put("returnURL", returnUrl);
        if (au.masteryScore() != null) {
            data.put("masteryScore", au.masteryScore());
        }
        if (au.launchParameters() != null) {
            data.put("launchParameters", au.launchParameters());
        }
        if (au.entitlementKey() != null) {
            data.putObject("entitlementKey").put("courseStructure", au.entitlementKey());
        }
        return data;
    }

    /** The course page, or a return URL on this server the caller asked for (never another site: no open redirect). */
    private static String returnUrl(String origin, String packageId, String asked) {
        if (asked != null && asked.startsWith(origin) && asked.length() < 2000) {
            return asked;
        }
        return origin + "play/cmi5/" + URLEncoder.encode(packageId, StandardCharsets.UTF_8);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
