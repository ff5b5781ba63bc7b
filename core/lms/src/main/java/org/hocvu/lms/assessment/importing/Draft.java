package org.hocvu.lms.assessment.importing;

import org.hocvu.lms.competency.Text;
import org.hocvu.lms.plugin.Difficulty;
import org.hocvu.lms.plugin.ItemType;
import org.hocvu.lms.plugin.TestItem;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects the items and the report of one import: both importers map their questions through it,
 * so ids, texts and notes are made one way. Imported texts are in the language the admin names.
 */
final class Draft {
    private final String language;
    private final String competency;
    private final Difficulty difficulty;
    private final List<TestItem> items = new ArrayList<>();
    private final List<ImportReport.Imported> imported = new ArrayList<>();
    private final List<ImportReport.Skipped> skipped = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    Draft(String language, String competency, Difficulty difficulty) {
        this.language = language;
        this.competency = competency;
        this.difficulty = difficulty;
    }

    Text text(String value) {
        return Text.of(language, value == null ? "" : value.strip());
    }

    void skip(String name, String sourceType, String reason) {
        skipped.add(new ImportReport.Skipped(name, sourceType, reason));
    }

    /** What an item of a type carries: the parts {@link TestItem} holds, filled by the importer. */
    static final class Parts {
        List<TestItem.Choice> choices = List.of();
        List<String> answer = List.of();
        List<TestItem.Pair> pairs = List.of();
        Map<String, List<String>> answers = Map.of();
        BigDecimal number;
        BigDecimal tolerance;
        Set<TestItem.Leniency> ignore;
    }

    void add(String name, String sourceType, ItemType type, String prompt, String feedback, Parts parts, List<String> notCarried) {
        if (prompt == null || prompt.isBlank()) {
            skip(name, sourceType, "the question has no text");
            return;
        }
        String id = uniqueId(name);
        items.add(new TestItem(id, 1, type, competency, difficulty, text(prompt), text(feedback == null ? "" : feedback),
                parts.choices, parts.answer, parts.pairs, List.of(), parts.answers, parts.number, parts.tolerance, List.of(),
                parts.ignore));
        imported.add(new ImportReport.Imported(name, sourceType, id, type.dataName(), List.copyOf(notCarried)));
    }

    String language() {
        return language;
    }

    List<TestItem> items() {
        return List.copyOf(items);
    }

    ImportReport report(String format, String charset) {
        return new ImportReport(format, charset, imported, skipped);
    }

    /** An id from the question's name: lower-case ASCII letters, digits and hyphens, unique in the import. */
    private String uniqueId(String name) {
        String base = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        base = base.isEmpty() ? "q" : base.length() > 60 ? base.substring(0, 60) : base;
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
