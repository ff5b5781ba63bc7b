package org.hocvu.lms.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.plugin.TestItem;
import org.hocvu.lms.shared.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The assessment context's service for standard tests: start (or resume) an attempt, save answers,
 * submit, and finish attempts whose deadline has passed. The deadline is the server's (an injected
 * {@link Clock}); answers in flight are taken for {@code hocvu.assessment.grace-seconds} after it.
 */
@ApplicationScoped
public class AttemptService {
    static final String BY_LEARNER = "learner";
    static final String BY_DEADLINE = "deadline";

    @Inject
    PluginRegistry plugins;
    @Inject
    ItemStore items;
    @Inject
    AttemptStore store;
    @Inject
    FormDrawer drawer;
    @Inject
    AttemptStatements statements;
    @Inject
    AttemptViews views;
    @Inject
    Clock clock;
    @ConfigProperty(name = "hocvu.assessment.grace-seconds", defaultValue = "15")
    int graceSeconds;
    /** Tests whose review shows the right answers and feedback after submission (none by default: the bank stays secret). */
    @ConfigProperty(name = "hocvu.assessment.tests-showing-answers")
    Optional<List<String>> testsShowingAnswers;

    /** The attempt, and whether this call started it (false: it was already running and is resumed). */
    public record Started(boolean started, AttemptView attempt) {
    }

    /** What a saved answer acknowledges: the item, the response as stored, whether it changed anything. */
    public record Saved(String itemId, JsonNode response, boolean changed, long secondsLeft) {
    }

    @Transactional
    public Started start(UUID learner, Set<String> groups, String testId, Locale locale) {
        PluginData plugin = usable(testId);
        if (!groups.contains(testId)) {
            throw new ApiException(Response.Status.FORBIDDEN, "assessment.test.not-your-group", null, testId);
        }
        // the database keeps microseconds: the attempt answered from memory shows what a later read shows
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant deadline = now.plus(Duration.ofMinutes(plugin.blueprint().timeLimitMinutes()));
        Optional<Started> prepared = startPrepared(plugin, learner, now, deadline, locale);
        if (prepared.isPresent()) {
            return prepared.get();
        }
        Optional<AttemptStore.Attempt> open = store.open(learner, testId);
        if (open.isPresent() && open.get().status() == AttemptStore.Status.STARTED) {
            if (!pastGrace(open.get(), now)) {
                return new Started(false, view(open.get(), now, locale));
            }
            finish(store.get(open.get().id(), true).orElseThrow(), open.get().deadline(), BY_DEADLINE);
        } else if (open.isPresent()) {
            // prepared for a session between the two reads above
            prepared = startPrepared(plugin, learner, now, deadline, locale);
            if (prepared.isPresent()) {
                return prepared.get();
            }
        }
        requireAttemptLeft(learner, plugin, now);
        UUID id = UUID.randomUUID();
        List<FormDrawer.Drawn> form = drawer.draw(testId, plugin.blueprint());
        if (!store.insert(id, learner, testId, AttemptStore.Status.STARTED, null, now, deadline, form)) {
            // a second Start of the same learner at the same moment: theirs won, this one resumes it
            return new Started(false, view(store.open(learner, testId).orElseThrow(), now, locale));
        }
        statements.started(plugin, learner, id, now);
        AttemptStore.Attempt started = new AttemptStore.Attempt(id, learner, testId, AttemptStore.Status.STARTED, null, now,
                deadline, null, null, null);
        return new Started(true, view(new AttemptStore.WithItems(started, AttemptStore.rows(form)), now, locale));
    }

    /** The learner's prepared attempt started (one round trip) with its statement; empty when none is prepared. */
    private Optional<Started> startPrepared(PluginData plugin, UUID learner, Instant now, Instant deadline, Locale locale) {
        return store.startPrepared(learner, plugin.id(), now, deadline).map(started -> {
            statements.started(plugin, learner, started.attempt().id(), now);
            return new Started(true, view(started, now, locale));
        });
    }

    /**
     * Draws the forms of learners registered for a session before it begins, so that their Start is one
     * cheap write. Learners with an open attempt at this test keep it. Returns how many were prepared.
     */
    @Transactional
    public int prepare(String testId, String sessionId, Collection<UUID> learners) {
        PluginData plugin = usable(testId);
        Instant now = clock.instant();
        int prepared = 0;
        for (UUID learner : learners) {
            if (store.open(learner, testId).isEmpty()
                    && store.insert(UUID.randomUUID(), learner, testId, AttemptStore.Status.PREPARED, sessionId, now, null,
                    drawer.draw(testId, plugin.blueprint()))) {
                prepared++;
            }
        }
        return prepared;
    }

    /** The learner's own attempt; an attempt past its deadline is finished first. */
    @Transactional
    public AttemptView get(UUID learner, UUID attemptId, Locale locale) {
        AttemptStore.Attempt a = own(learner, attemptId, false);
        Instant now = clock.instant();
        if (a.status() == AttemptStore.Status.STARTED && pastGrace(a, now)) {
            a = finish(store.get(attemptId, true).orElseThrow(), a.deadline(), BY_DEADLINE);
        }
        return view(a, now, locale);
    }

    /** Saves an answer at once; the same answer again changes nothing. {@code null} clears it. */
    @Transactional(dontRollbackOn = ApiException.class)
    public Saved respond(UUID learner, UUID attemptId, String itemId, JsonNode response) {
        AttemptStore.WithItem found = store.withItem(attemptId, itemId).filter(w -> w.attempt().learner().equals(learner))
                .orElseThrow(() -> ApiException.notFound("assessment.attempt.not-found", attemptId));
        AttemptStore.Attempt a = found.attempt();
        Instant now = clock.instant();
        requireRunning(a, now);
        if (found.item() == null) {
            throw ApiException.notFound("assessment.item.not-in-attempt", itemId);
        }
        Grading.check(items.get(found.item().ref()), found.item().presentation(), response);
        boolean changed = store.respond(attemptId, itemId, response, now);
        return new Saved(itemId, response, changed, Math.max(0, Duration.between(now, a.deadline()).toSeconds()));
    }

    /** Submits and grades; submitting a submitted attempt again answers the same result. */
    @Transactional
    public AttemptView submit(UUID learner, UUID attemptId, Locale locale) {
        AttemptStore.Attempt a = own(learner, attemptId, true);
        Instant now = clock.instant();
        if (a.status() == AttemptStore.Status.PREPARED) {
            throw ApiException.conflict("assessment.attempt.not-started");
        }
        if (a.status() == AttemptStore.Status.STARTED) {
            boolean late = now.isAfter(a.deadline());
            a = finish(a, late ? a.deadline() : now, late ? BY_DEADLINE : BY_LEARNER);
        }
        return view(a, now, locale);
    }

    /** Finishes up to {@code limit} attempts whose deadline and grace have passed, at their deadline; returns how many. */
    @Transactional
    public int finishDue(int limit) {
        List<UUID> due = store.due(clock.instant().minusSeconds(graceSeconds), limit);
        due.forEach(id -> store.get(id, false).ifPresent(a -> finish(a, a.deadline(), BY_DEADLINE)));
        return due.size();
    }

    private AttemptStore.Attempt finish(AttemptStore.Attempt a, Instant finishedAt, String by) {
        PluginData plugin = plugins.plugin(a.testId());
        Map<String, String> domainOf = new HashMap<>();
        plugin.framework().domains().forEach(d -> d.competencies().forEach(c -> domainOf.put(c.code(), d.code())));
        List<Scoring.Marked> marked = new ArrayList<>();
        List<AttemptStatements.Answer> answers = new ArrayList<>();
        for (AttemptStore.Item row : store.items(a.id())) {
            TestItem item = items.get(row.ref());
            Grading.Mark mark = Grading.mark(item, row.presentation(), row.response());
            store.marked(a.id(), row.itemId(), mark.right());
            marked.add(new Scoring.Marked(item, domainOf.get(item.competency()), Boolean.TRUE.equals(mark.right())));
            if (row.response() != null) {
                answers.add(new AttemptStatements.Answer(item, mark, row.answeredAt()));
            }
        }
        AttemptView.ResultView result = Scoring.score(plugin.blueprint(), marked);
        store.submitted(a.id(), finishedAt, by, result.points(), result.maxPoints(), result.passed(), result);
        statements.finished(plugin, a.learner(), a.id(), a.startedAt(), finishedAt, answers, result);
        return store.get(a.id(), false).orElseThrow();
    }

    private PluginData usable(String testId) {
        PluginData plugin = plugins.plugin(testId);
        if (!plugins.testBank(testId).usable()) {
            throw ApiException.conflict("assessment.test.unavailable", testId);
        }
        return plugin;
    }

    /** At most {@code attempts} attempts finish within any {@code coolDownHours}; the next one waits. */
    private void requireAttemptLeft(UUID learner, PluginData plugin, Instant now) {
        PluginData.Blueprint b = plugin.blueprint();
        Duration coolDown = Duration.ofHours(b.coolDownHours());
        List<Instant> recent = store.finishedSince(learner, plugin.id(), now.minus(coolDown));
        if (recent.size() >= b.attempts()) {
            Instant next = recent.get(recent.size() - b.attempts()).plus(coolDown);
            throw ApiException.conflict("assessment.attempts.cool-down", b.attempts(), b.coolDownHours(), next.toString());
        }
    }

    private void requireRunning(AttemptStore.Attempt a, Instant now) {
        if (a.status() == AttemptStore.Status.SUBMITTED) {
            throw ApiException.conflict("assessment.attempt.submitted");
        }
        if (a.status() == AttemptStore.Status.PREPARED) {
            throw ApiException.conflict("assessment.attempt.not-started");
        }
        if (pastGrace(a, now)) {
            finish(store.get(a.id(), true).orElseThrow(), a.deadline(), BY_DEADLINE);
            throw ApiException.conflict("assessment.attempt.time-up");
        }
    }

    private boolean pastGrace(AttemptStore.Attempt a, Instant now) {
        return now.isAfter(a.deadline().plusSeconds(graceSeconds));
    }

    private AttemptStore.Attempt own(UUID learner, UUID attemptId, boolean forUpdate) {
        return store.get(attemptId, forUpdate).filter(a -> a.learner().equals(learner))
                .orElseThrow(() -> ApiException.notFound("assessment.attempt.not-found", attemptId));
    }

    private AttemptView view(AttemptStore.Attempt a, Instant now, Locale locale) {
        return view(new AttemptStore.WithItems(a, store.items(a.id())), now, locale);
    }

    private AttemptView view(AttemptStore.WithItems attempt, Instant now, Locale locale) {
        boolean show = testsShowingAnswers.map(l -> l.contains(attempt.attempt().testId())).orElse(false);
        return views.view(attempt.attempt(), attempt.items(), now, show, locale);
    }
}
