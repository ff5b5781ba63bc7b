package org.hocvu.lms.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.competency.Text;
import org.hocvu.lms.plugin.TestItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Builds what a learner sees of an attempt; the key goes into a view only through {@link #solution} after submission. */
@ApplicationScoped
class AttemptViews {
    @Inject
    ItemStore items;
    @Inject
    ObjectMapper json;

    AttemptView view(AttemptStore.Attempt a, List<AttemptStore.Item> rows, Instant now, boolean showAnswers, Locale locale) {
        boolean submitted = a.status() == AttemptStore.Status.SUBMITTED;
        List<AttemptView.FormItem> form = rows.stream().map(row -> item(row, submitted, submitted && showAnswers, locale)).toList();
        Long secondsLeft = a.status() == AttemptStore.Status.STARTED
                ? Math.max(0, Duration.between(now, a.deadline()).toSeconds()) : null;
        AttemptView.ResultView result = submitted ? json.convertValue(a.result(), AttemptView.ResultView.class) : null;
        return new AttemptView(a.id(), a.testId(), a.status().data(), a.startedAt(), a.deadline(), secondsLeft, a.finishedAt(),
                a.finishedBy(), form, result);
    }

    private AttemptView.FormItem item(AttemptStore.Item row, boolean submitted, boolean showAnswers, Locale locale) {
        TestItem item = items.get(row.ref());
        Presentation p = row.presentation();
        return new AttemptView.FormItem(row.itemId(), row.position(), item.type().dataName(), item.prompt().in(locale),
                nullIfEmpty(Presentation.shown(p.choices(), id -> choiceText(item, id).in(locale))),
                nullIfEmpty(Presentation.shown(p.left(), i -> item.pairs().get(Integer.parseInt(i)).left().in(locale))),
                nullIfEmpty(Presentation.shown(p.right(), i -> item.pairs().get(Integer.parseInt(i)).right().in(locale))),
                nullIfEmpty(Presentation.shown(p.steps(), i -> item.steps().get(Integer.parseInt(i)).in(locale))),
                nullIfEmpty(Presentation.shown(p.scale(), i -> item.scale().get(Integer.parseInt(i)).in(locale))),
                row.response(), submitted && item.type().graded() ? Boolean.TRUE.equals(row.correct()) : null,
                showAnswers ? new AttemptView.Review(item.feedback().in(locale), solution(item, p, locale)) : null);
    }

    /** The right answer in this attempt's tokens (or values), as a response would carry it. */
    JsonNode solution(TestItem item, Presentation p, Locale locale) {
        return switch (item.type()) {
            case SINGLE_CHOICE -> json.getNodeFactory().textNode(Presentation.token(p.choices(), item.answer().get(0)).orElse(""));
            case MULTIPLE_RESPONSE -> {
                ArrayNode tokens = json.createArrayNode();
                item.answer().forEach(a -> Presentation.token(p.choices(), a).ifPresent(tokens::add));
                yield tokens;
            }
            case TRUE_FALSE -> json.getNodeFactory().booleanNode(Boolean.parseBoolean(item.answer().get(0)));
            case SEQUENCING -> {
                ArrayNode tokens = json.createArrayNode();
                for (int i = 0; i < item.steps().size(); i++) {
                    Presentation.token(p.steps(), Integer.toString(i)).ifPresent(tokens::add);
                }
                yield tokens;
            }
            case MATCHING -> {
                ObjectNode pairs = json.createObjectNode();
                p.left().forEach(l -> pairs.put(l.token(), Presentation.token(p.right(), l.source()).orElse("")));
                yield pairs;
            }
            case FILL_IN -> {
                List<String> accepted = item.answers().getOrDefault(locale.getLanguage(), item.answers().get("vi"));
                yield json.getNodeFactory().textNode(accepted == null || accepted.isEmpty() ? "" : accepted.get(0));
            }
            case NUMERIC -> json.getNodeFactory().numberNode(item.number());
            case LIKERT -> null;
        };
    }

    private static Text choiceText(TestItem item, String id) {
        return item.choices().stream().filter(c -> c.id().equals(id)).map(TestItem.Choice::text).findFirst().orElse(Text.EMPTY);
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
