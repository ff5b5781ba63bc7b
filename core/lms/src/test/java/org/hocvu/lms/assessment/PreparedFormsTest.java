package org.hocvu.lms.assessment;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A prepared Start answers the form drawn in memory only while it is the form stored: what it answers
 * is what a later read of the attempt shows, and a form this node does not have (drawn by another
 * node, forgotten, or of an attempt no longer prepared) is read from the database.
 */
@QuarkusTest
class PreparedFormsTest {
    private static final String TEST = "testers";

    @Inject
    AttemptService attempts;
    @Inject
    AttemptStore store;
    @Inject
    PreparedForms forms;

    @Test
    void aStartFromTheRememberedFormAnswersWhatTheDatabaseHolds() {
        UUID learner = prepared();
        AttemptView started = start(learner);
        assertFalse(forms.take(learner, TEST).isPresent(), "a Start uses the remembered form once");
        assertSameForm(started, attempts.get(learner, started.id(), Locale.ENGLISH));
    }

    @Test
    void aFormThisNodeDoesNotRememberIsReadFromTheDatabase() {
        UUID learner = prepared();
        assertTrue(forms.take(learner, TEST).isPresent());
        AttemptView started = start(learner);
        assertEquals(store.items(started.id()).size(), started.items().size());
        assertSameForm(started, attempts.get(learner, started.id(), Locale.ENGLISH));
    }

    @Test
    void aRememberedFormOfAnotherAttemptIsNotAnswered() {
        UUID learner = prepared();
        UUID prepared = store.open(learner, TEST).orElseThrow().id();
        // as if this node had drawn a form for an attempt since replaced on another node
        forms.drawn(learner, TEST, UUID.randomUUID(), List.of());
        AttemptView started = start(learner);
        assertEquals(prepared, started.id());
        assertFalse(started.items().isEmpty());
        assertSameForm(started, attempts.get(learner, started.id(), Locale.ENGLISH));
    }

    private UUID prepared() {
        UUID learner = UUID.randomUUID();
        assertEquals(1, attempts.prepare(TEST, "hall", List.of(learner)));
        return learner;
    }

    private AttemptView start(UUID learner) {
        AttemptService.Started s = attempts.start(learner, Set.of(TEST), TEST, Locale.ENGLISH);
        assertTrue(s.started());
        assertEquals("started", s.attempt().status());
        return s.attempt();
    }

    private static void assertSameForm(AttemptView started, AttemptView read) {
        assertEquals(read.items(), started.items());
        assertEquals(read.deadline(), started.deadline());
        assertEquals(read.startedAt(), started.startedAt());
    }
}
