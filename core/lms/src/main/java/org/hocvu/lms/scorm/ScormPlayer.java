package org.hocvu.lms.scorm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.content.scorm.ScormPackages;
import org.hocvu.lms.content.scorm.ScormPackages.Playable;
import org.hocvu.lms.content.scorm.ScormStructure;
import org.hocvu.lms.content.scorm.ScormStructure.Item;
import org.hocvu.lms.content.scorm.ScormVersion;
import org.hocvu.lms.scorm.ScormViews.Commit;
import org.hocvu.lms.scorm.ScormViews.Launch;
import org.hocvu.lms.scorm.ScormViews.RuntimeState;
import org.hocvu.lms.scorm.ScormViews.Saved;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plays SCORM packages for learners: a launch opens (or resumes) the learner's attempt at a
 * package and hands out a run-time token; the run-time reads a SCO's state with it and saves what
 * the SCO commits. Each save writes the state row and its xAPI statements in one transaction.
 */
@ApplicationScoped
public class ScormPlayer {
    static final Set<String> EVENTS = Set.of("initialize", "commit", "terminate", "hide");
    static final int MAX_VALUES = 4_000;
    static final int MAX_KEY = 255;
    static final int MAX_VALUE = 64_000;
    static final int MAX_TOTAL = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ScormPackages packages;
    @Inject
    ScormStatements statements;
    @Inject
    LearningRecords records;
    @Inject
    RuntimeTokens tokens;
    @Inject
    Clock clock;

    /** Opens the learner's attempt (a new one the first time) with a fresh token; {@code wanted} picks the SCO. */
    @Transactional
    public Launch launch(UUID learner, String packageId, String wanted) {
        Instant now = clock.instant();
        Optional<ScormAttempt> latest = ScormAttempt.latest(learner, packageId);
        Playable playable = latest.flatMap(a -> packages.version(a.versionId))
                .or(() -> packages.published(packageId))
                .orElseThrow(() -> ApiException.notFound("scorm.package.not-found", packageId));
        ScormAttempt attempt = latest.filter(a -> a.versionId.equals(playable.versionId()))
                .orElseGet(() -> start(learner, playable, now));
        String token = tokens.issue(attempt, now);
        Contents contents = contents(attempt, playable);
        String current = contents.pick(wanted);
        boolean flow = flows(playable);
        return new Launch(attempt.id, token, playable.packageId(), playable.version(), playable.title(),
                version(playable), playable.structure().choice(), flow, contents.entries(),
                current, flow ? contents.previous(current) : null, flow ? contents.next(current) : null, attempt.completedAt != null);
    }

    /** A new attempt at the package's current version (the learner starts again). */
    @Transactional
    public Launch restart(UUID learner, String packageId) {
        Playable playable = packages.published(packageId)
                .orElseThrow(() -> ApiException.notFound("scorm.package.not-found", packageId));
        start(learner, playable, clock.instant());
        return launch(learner, packageId, null);
    }

    /** What the run-time needs to start {@code scoId} of the token's attempt. */
    @Transactional
    public RuntimeState state(String token, String scoId) {
        ScormAttempt attempt = tokens.attempt(token, clock.instant());
        Playable playable = playable(attempt);
        Item item = launchable(playable, scoId);
        Contents contents = contents(attempt, playable);
        if (!contents.enabled(scoId)) {
            throw ApiException.conflict("scorm.sco.disabled", item.title());
        }
        ScoState state = ScoState.find(attempt.id, scoId);
        Map<String, String> values = state == null ? Map.of() : read(state.data);
        boolean twelve = playable.structure().version() == ScormVersion.SCORM_12;
        String entry = state == null || state.sessions == 0 ? "ab-initio" : "suspend".equals(state.lastExit) ? "resume" : "";
        double total = state == null ? 0 : state.totalSeconds;
        Map<String, String> lms = new LinkedHashMap<>();
        String prefix = twelve ? "cmi.core." : "cmi.";
        lms.put(prefix + (twelve ? "student_id" : "learner_id"), attempt.learnerId.toString());
        lms.put(prefix + (twelve ? "student_name" : "learner_name"), "");
        lms.put(prefix + "credit", "credit");
        lms.put(prefix + "entry", entry);
        lms.put(twelve ? "cmi.core.lesson_mode" : "cmi.mode", "normal");
        lms.put(prefix + "total_time", twelve ? ScormTime.timespan(total) : ScormTime.interval(total));
        lms.put("cmi.launch_data", item.launchData() == null ? "" : item.launchData());
        if (item.masteryScore() != null) {
            lms.put(twelve ? "cmi.student_data.mastery_score" : "cmi.scaled_passing_score",
                    twelve ? trim(item.masteryScore()) : trim(item.masteryScore() / 100));
        }
        Map<String, Boolean> choice = new LinkedHashMap<>();
        contents.entries().stream().filter(ScormViews.Entry::launchable).forEach(e -> choice.put(e.id(), e.enabled()));
        boolean flow = flows(playable);
        return new RuntimeState(version(playable), scoId, item.launch(), item.sco(), values, lms,
                flow ? contents.previous(scoId) : null, flow ? contents.next(scoId) : null,
                playable.structure().choice() ? choice : Map.of());
    }

    /** Saves a commit of {@code scoId}: the state row and its statements in one transaction. */
    @Transactional
    public Saved save(String token, String scoId, Commit commit) {
        Instant now = clock.instant();
        ScormAttempt attempt = tokens.attempt(token, now);
        // one save of an attempt at a time (two tabs, a beacon beside a fetch): each reads the state the one before left
        ScormAttempt.getEntityManager().refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        Playable playable = playable(attempt);
        Item item = launchable(playable, scoId);
        check(commit);
        ScoState state = ScoState.find(attempt.id, scoId);
        if (state == null) {
            state = ScoState.fresh(attempt.id, scoId, now);
            state.persist();
        }
        boolean current = commit.session().equals(state.sessionId);
        if ((current && commit.seq() <= state.sessionSeq) || (!current && !commit.event().equals("initialize"))) {
            return saved(attempt, playable, state); // late, repeated, or from a session that has ended
        }
        ScormStatements.Session session = new ScormStatements.Session(attempt.learnerId, attempt.id, playable, item, now);
        List<LearningEvent> events = new ArrayList<>();
        ScormVersion version = playable.structure().version();
        if (!current) {
            if (state.sessionOpen) { // the phone was closed without Terminate: that session ends now
                ScoSnapshot left = ScoSnapshot.of(version, read(state.data), item.masteryScore());
                events.addAll(statements.terminated(session, left));
                state.totalSeconds += left.sessionSeconds();
            }
            events.addAll(statements.initialized(session, "suspend".equals(state.lastExit) && state.sessions > 0));
            state.sessionId = commit.session();
            state.sessions++;
            state.sessionOpen = true;
        }
        ScoSnapshot snapshot = ScoSnapshot.of(version, commit.values(), item.masteryScore());
        events.addAll(statements.progress(session, state, snapshot));
        state.data = write(commit.values());
        state.completion = "completed".equals(state.completion) ? "completed" : snapshot.completion();
        state.success = snapshot.success().equals("unknown") ? state.success : snapshot.success();
        state.scoreScaled = snapshot.score() == null ? state.scoreScaled : snapshot.score().scaled();
        state.lastExit = snapshot.exit();
        state.answered = Math.max(state.answered, answeredUpTo(snapshot));
        if (commit.event().equals("terminate")) {
            events.addAll(statements.terminated(session, snapshot));
            state.totalSeconds += snapshot.sessionSeconds();
            state.sessionOpen = false;
        }
        state.sessionSeq = commit.seq();
        state.updatedAt = now;
        attempt.updatedAt = now;
        if (attempt.completedAt == null && contents(attempt, playable).allCompleted()) {
            attempt.completedAt = now;
            events.add(statements.packageCompleted(session));
        }
        records.record(events);
        return saved(attempt, playable, state);
    }

    /** The token's attempt's version, for serving its files. */
    @Transactional
    public UUID versionOf(String token) {
        return tokens.attempt(token, clock.instant()).versionId;
    }

    private Saved saved(ScormAttempt attempt, Playable playable, ScoState state) {
        return new Saved(Contents.status(state), attempt.completedAt != null, contents(attempt, playable).entries());
    }

    private ScormAttempt start(UUID learner, Playable playable, Instant now) {
        ScormAttempt a = new ScormAttempt();
        a.id = UUID.randomUUID();
        a.learnerId = learner;
        a.packageId = playable.packageId();
        a.version = playable.version();
        a.versionId = playable.versionId();
        a.tokenHash = RuntimeTokens.hash(UUID.randomUUID().toString());
        a.tokenExpiresAt = now;
        a.startedAt = now;
        a.updatedAt = now;
        a.persist();
        return a;
    }

    private Playable playable(ScormAttempt attempt) {
        return packages.version(attempt.versionId)
                .orElseThrow(() -> ApiException.notFound("scorm.package.not-found", attempt.packageId));
    }

    private static Item launchable(Playable playable, String scoId) {
        Item item = scoId == null ? null : playable.structure().item(scoId);
        if (item == null) {
            throw ApiException.notFound("scorm.sco.not-found", scoId);
        }
        return item;
    }

    private Contents contents(ScormAttempt attempt, Playable playable) {
        Map<String, ScoState> states = ScoState.ofAttempt(attempt.id).stream()
                .collect(Collectors.toMap(s -> s.key.scoId, Function.identity()));
        return new Contents(playable.structure(), states);
    }

    private static void check(Commit commit) {
        if (commit == null || commit.session() == null || commit.event() == null || !EVENTS.contains(commit.event())) {
            throw ApiException.badRequest("event", "scorm.runtime.bad-commit");
        }
        Map<String, String> values = commit.values() == null ? Map.of() : commit.values();
        if (values.size() > MAX_VALUES) {
            throw ApiException.badRequest("values", "scorm.runtime.too-many-values", MAX_VALUES);
        }
        long total = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey() == null || e.getKey().length() > MAX_KEY || !(e.getKey().startsWith("cmi.") || e.getKey().startsWith("adl."))) {
                throw ApiException.badRequest("values", "scorm.runtime.bad-element", String.valueOf(e.getKey()));
            }
            if (e.getValue() == null || e.getValue().length() > MAX_VALUE) {
                throw ApiException.badRequest("values", "scorm.runtime.value-too-long", e.getKey(), MAX_VALUE);
            }
            total += e.getKey().length() + e.getValue().length();
        }
        if (total > MAX_TOTAL) {
            throw ApiException.badRequest("values", "scorm.runtime.too-much-data", MAX_TOTAL);
        }
    }

    private static int answeredUpTo(ScoSnapshot snapshot) {
        int n = 0;
        for (ScoSnapshot.Interaction i : snapshot.interactions()) {
            if (!i.answered()) {
                break;
            }
            n = i.index() + 1;
        }
        return n;
    }

    /** SCORM 1.2 has no sequencing: the learner may always go on; 2004 follows the organization's flow. */
    private static boolean flows(Playable playable) {
        return playable.structure().version() == ScormVersion.SCORM_12 || playable.structure().flow();
    }

    private static String version(Playable playable) {
        return playable.structure().version() == ScormVersion.SCORM_12 ? "1.2" : "2004";
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored SCO state is not JSON", e);
        }
    }

    private static String write(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values == null ? Map.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
