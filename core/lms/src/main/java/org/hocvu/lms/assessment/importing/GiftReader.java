package org.hocvu.lms.assessment.importing;

import org.hocvu.lms.plugin.ItemType;
import org.hocvu.lms.plugin.TestItem;
import org.jsoup.Jsoup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GIFT (Moodle's text format, docs.moodle.org/en/GIFT_format): {@code // comments}, {@code $CATEGORY:}
 * lines, {@code ::title::}, {@code [format]} markers, the escapes {@code \~ \= \# \{ \} \:}, and the answer
 * block of true/false, multiple choice (one {@code =}), multiple response ({@code ~%w%}), short answer (only
 * {@code =}), matching ({@code = a -> b}) and numerical ({@code #value:tolerance}, {@code #min..max}).
 * Essays ({@code {}}) and descriptions (no answer block) are skipped with the reason; per-answer feedback
 * and partial credit are named in the report. No GIFT library for the JVM is kept up, so this is small.
 */
final class GiftReader {
    private static final Pattern TITLE = Pattern.compile("^::(.*?)::", Pattern.DOTALL);
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9.]+)%");
    private static final char ESCAPED = '\uE000';

    private GiftReader() {
    }

    static void read(String file, Draft draft) {
        int number = 0;
        for (String block : blocks(file)) {
            number++;
            String q = protect(block);
            Matcher title = TITLE.matcher(q);
            String name = title.find() ? restore(title.group(1)).strip() : "question " + number;
            String rest = title.find(0) ? q.substring(title.end()) : q;
            int open = rest.indexOf('{');
            int close = rest.lastIndexOf('}');
            if (open < 0 || close < open) {
                draft.skip(name, "description", "no answer block: a description is not a question");
                continue;
            }
            String before = plain(rest.substring(0, open));
            String after = plain(rest.substring(close + 1));
            String prompt = after.isBlank() ? before : before + " ____ " + after;
            question(name, prompt, rest.substring(open + 1, close).strip(), draft);
        }
    }

    private static void question(String name, String prompt, String answers, Draft draft) {
        List<String> notes = new ArrayList<>();
        String general = null;
        int generalAt = answers.indexOf("####");
        if (generalAt >= 0) {
            general = plain(answers.substring(generalAt + 4));
            answers = answers.substring(0, generalAt).strip();
        }
        Draft.Parts parts = new Draft.Parts();
        if (answers.isEmpty()) {
            draft.skip(name, "essay", "essays are marked by a person; HọcVụ's tests mark themselves");
            return;
        }
        String head = answers.split("#", 2)[0].strip();
        if (head.matches("(?i)T|TRUE|F|FALSE")) {
            if (answers.contains("#")) {
                notes.add("feedback on the answers");
            }
            parts.answer = List.of(Boolean.toString(head.toUpperCase().startsWith("T")));
            draft.add(name, "truefalse", ItemType.TRUE_FALSE, prompt, general, parts, notes);
            return;
        }
        if (answers.startsWith("#")) {
            numeric(name, prompt, general, answers.substring(1), parts, notes, draft);
            return;
        }
        List<String[]> options = options(answers);
        boolean anyWrong = options.stream().anyMatch(o -> o[0].equals("~"));
        if (options.stream().anyMatch(o -> o[2].contains("->"))) {
            parts.pairs = new ArrayList<>();
            for (String[] o : options) {
                String[] sides = o[2].split("->", 2);
                String left = plain(sides[0]);
                String right = sides.length > 1 ? plain(sides[1]) : "";
                if (left.isEmpty()) {
                    notes.add("distractor '" + right + "' (a right-hand answer without a question)");
                } else {
                    parts.pairs.add(new TestItem.Pair(draft.text(left), draft.text(right)));
                }
            }
            if (parts.pairs.size() < 2) {
                draft.skip(name, "matching", "fewer than two pairs");
            } else {
                draft.add(name, "matching", ItemType.MATCHING, prompt, general, parts, notes);
            }
            return;
        }
        if (options.stream().anyMatch(o -> !o[1].isEmpty() && !o[1].equals("100"))) {
            notes.add("partial credit (answer weights)");
        }
        if (options.stream().anyMatch(o -> o[3] != null)) {
            notes.add("feedback on the answers");
        }
        if (!anyWrong) {
            List<String> accepted = options.stream().filter(o -> o[1].isEmpty() || o[1].equals("100"))
                    .map(o -> plain(o[2])).filter(a -> !a.contains("*")).toList();
            if (accepted.isEmpty()) {
                draft.skip(name, "shortanswer", "no answer gives full credit");
                return;
            }
            parts.answers = Map.of(draft.language(), accepted);
            draft.add(name, "shortanswer", ItemType.FILL_IN, prompt, general, parts, notes);
            return;
        }
        parts.choices = new ArrayList<>();
        List<String> right = new ArrayList<>();
        boolean weighted = options.stream().anyMatch(o -> o[0].equals("~") && !o[1].isEmpty());
        for (int i = 0; i < options.size(); i++) {
            String[] o = options.get(i);
            String id = Character.toString((char) ('a' + Math.min(i, 25))) + (i >= 26 ? i : "");
            parts.choices.add(new TestItem.Choice(id, draft.text(plain(o[2]))));
            double weight = o[1].isEmpty() ? (o[0].equals("=") ? 100 : 0) : Double.parseDouble(o[1]);
            if (weighted ? weight > 0 : o[0].equals("=")) {
                right.add(id);
            }
        }
        if (right.isEmpty()) {
            draft.skip(name, "multichoice", "no answer gives credit");
            return;
        }
        parts.answer = right;
        draft.add(name, "multichoice", weighted ? ItemType.MULTIPLE_RESPONSE : ItemType.SINGLE_CHOICE, prompt, general, parts, notes);
    }

    private static void numeric(String name, String prompt, String general, String body, Draft.Parts parts, List<String> notes,
                                Draft draft) {
        List<String[]> options = options(body.strip().startsWith("=") ? body.strip() : "=" + body.strip());
        String[] first = options.stream().filter(o -> o[0].equals("=") && (o[1].isEmpty() || o[1].equals("100"))).findFirst().orElse(null);
        if (options.size() > 1) {
            notes.add("other answers (partial credit or feedback)");
        }
        String value = first == null ? "" : plain(first[2]);
        Matcher range = Pattern.compile("^(-?[0-9.]+)\\s*\\.\\.\\s*(-?[0-9.]+)$").matcher(value);
        Matcher tolerance = Pattern.compile("^(-?[0-9.]+)(?:\\s*:\\s*([0-9.]+))?$").matcher(value);
        if (range.matches()) {
            BigDecimal low = new BigDecimal(range.group(1));
            BigDecimal high = new BigDecimal(range.group(2));
            parts.number = low.add(high).divide(BigDecimal.valueOf(2));
            parts.tolerance = high.subtract(low).abs().divide(BigDecimal.valueOf(2));
        } else if (tolerance.matches()) {
            parts.number = new BigDecimal(tolerance.group(1));
            parts.tolerance = tolerance.group(2) == null ? BigDecimal.ZERO : new BigDecimal(tolerance.group(2));
        } else {
            draft.skip(name, "numerical", "no numeric answer gives full credit");
            return;
        }
        draft.add(name, "numerical", ItemType.NUMERIC, prompt, general, parts, notes);
    }

    /** The answers of a block: {mark (= or ~), weight, text, feedback or null}, split at unescaped = and ~. */
    private static List<String[]> options(String answers) {
        List<String[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= answers.length(); i++) {
            boolean boundary = i == answers.length() || answers.charAt(i) == '=' || answers.charAt(i) == '~';
            if (boundary) {
                if (start >= 0) {
                    String raw = answers.substring(start + 1, i).strip();
                    Matcher weight = WEIGHT.matcher(raw);
                    String w = weight.find() ? weight.group(1) : "";
                    raw = raw.substring(w.isEmpty() ? 0 : weight.end());
                    String[] textAndFeedback = raw.split("#", 2);
                    out.add(new String[]{String.valueOf(answers.charAt(start)), w, textAndFeedback[0],
                            textAndFeedback.length > 1 && !textAndFeedback[1].isBlank() ? textAndFeedback[1] : null});
                }
                start = i;
            }
        }
        return out;
    }

    /** Questions are separated by blank lines; comment lines and category switches are not questions. */
    private static List<String> blocks(String file) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : (file.replace("\r\n", "\n").replace('\r', '\n') + "\n\n").split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("//") || t.startsWith("$CATEGORY:")) {
                continue;
            }
            if (t.isEmpty()) {
                if (!current.toString().isBlank()) {
                    blocks.add(current.toString().strip());
                }
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        return blocks;
    }

    /** Escaped special characters are hidden from the parser (each as a private-use mark plus itself). */
    private static String protect(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "~=#{}:\\n".indexOf(s.charAt(i + 1)) >= 0) {
                char next = s.charAt(++i);
                b.append(ESCAPED).append(next == 'n' ? '\n' : (char) (next + 0xE100));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String restore(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ESCAPED && i + 1 < s.length()) {
                char next = s.charAt(++i);
                b.append(next == '\n' ? '\n' : (char) (next - 0xE100));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A text of the file: format marker dropped, escapes restored, HTML reduced to its text. */
    private static String plain(String s) {
        String t = FORMAT.matcher(s.strip()).replaceFirst("");
        return Jsoup.parse(restore(t)).text().strip();
    }
}
