package org.hocvu.lms.assessment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The forms this node drew for prepared attempts, kept until their Start: a drawn form never changes
 * and nothing is answered before the Start, so the Start need not read the form's rows back (and parse
 * their JSON) from the database. Only a hint: the Start still starts the attempt in the database, by
 * id and only while it is prepared, and reads the form there when this node did not draw it, the
 * entry is gone or the attempt is no longer the one drawn (see AttemptStore#startPrepared).
 */
@ApplicationScoped
class PreparedForms {
    /** A session's prepared attempts (up to 2,000 per request) several times over, at a few kB each. */
    private static final int REMEMBERED = 20_000;

    record Form(UUID attempt, List<AttemptStore.Item> items) {
    }

    private record Key(UUID learner, String testId) {
    }

    private final Cache<Key, Form> forms = Caffeine.newBuilder().maximumSize(REMEMBERED)
            .expireAfterWrite(Duration.ofHours(24)).build();

    void drawn(UUID learner, String testId, UUID attempt, List<AttemptStore.Item> items) {
        forms.put(new Key(learner, testId), new Form(attempt, List.copyOf(items)));
    }

    /** The form drawn for the learner's prepared attempt, removed: a Start uses it once. */
    Optional<Form> take(UUID learner, String testId) {
        return Optional.ofNullable(forms.asMap().remove(new Key(learner, testId)));
    }
}
