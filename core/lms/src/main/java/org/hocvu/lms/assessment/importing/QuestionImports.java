package org.hocvu.lms.assessment.importing;

import org.hocvu.lms.plugin.Difficulty;
import org.hocvu.lms.plugin.TestItem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads a question file people already have — Moodle XML or GIFT, told apart by content — into items and
 * a report. Plain Java: the assessment service stores the items; tests read Moodle's own files with it.
 */
public final class QuestionImports {
    /** The items made and the report of what was and was not carried over. */
    public record Result(List<TestItem> items, ImportReport report) {
    }

    private QuestionImports() {
    }

    public static Result read(byte[] file, String language, String competency, Difficulty difficulty) throws ImportRefused {
        Draft draft = new Draft(language, competency, difficulty);
        String head = new String(file, 0, Math.min(file.length, 200), StandardCharsets.ISO_8859_1).strip().toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml") || head.startsWith("<quiz")) {
            MoodleXmlReader.read(file, draft);
            return new Result(draft.items(), draft.report("moodle-xml", "xml"));
        }
        Charset charset = utf8(file) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        String text = new String(file, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        GiftReader.read(text, draft);
        // text with no answer block anywhere is not GIFT at all
        if (draft.items().isEmpty() && draft.report("gift", charset.name()).skipped().stream()
                .allMatch(s -> s.sourceType().equals("description"))) {
            throw new ImportRefused("assessment.import.no-questions");
        }
        return new Result(draft.items(), draft.report("gift", charset.name()));
    }

    /** GIFT files have no declared encoding: UTF-8 when the bytes are valid UTF-8, else Windows-1252 (Moodle's old default). */
    private static boolean utf8(byte[] file) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
