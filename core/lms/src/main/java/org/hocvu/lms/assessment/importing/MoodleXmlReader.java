package org.hocvu.lms.assessment.importing;

import org.hocvu.lms.shared.xml.HostileXml;
import org.hocvu.lms.plugin.ItemType;
import org.hocvu.lms.plugin.TestItem;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Moodle XML (question/format/xml): multichoice, truefalse, shortanswer, numerical and matching
 * questions become items; essays, cloze and the other Moodle types are skipped with the reason. Moodle's
 * partial credit, hints, per-answer feedback, penalties and embedded files have no place in HọcVụ's
 * items and are named in the report where a question had them. No DTD or external entity is read.
 */
final class MoodleXmlReader {
    private MoodleXmlReader() {
    }

    static void read(byte[] file, Draft draft) throws ImportRefused {
        Document doc = parse(file);
        if (!"quiz".equals(doc.getDocumentElement().getNodeName())) {
            throw new ImportRefused("assessment.import.not-moodle-xml");
        }
        for (Element q : children(doc.getDocumentElement(), "question")) {
            String type = q.getAttribute("type");
            if ("category".equals(type)) {
                continue;
            }
            String name = text(child(q, "name"));
            String prompt = html(child(q, "questiontext"));
            String feedback = html(child(q, "generalfeedback"));
            List<String> notes = new ArrayList<>();
            if (!children(q, "hint").isEmpty()) {
                notes.add("hints");
            }
            if (q.getElementsByTagName("file").getLength() > 0 || rawText(child(q, "questiontext")).contains("@@PLUGINFILE@@")) {
                notes.add("embedded files and images");
            }
            List<Element> answers = children(q, "answer");
            if (answers.stream().anyMatch(a -> !html(child(a, "feedback")).isEmpty())) {
                notes.add("per-answer feedback");
            }
            Draft.Parts parts = new Draft.Parts();
            switch (type) {
                case "multichoice" -> {
                    boolean single = !"false".equals(text(child(q, "single")));
                    parts.choices = new ArrayList<>();
                    List<String> right = new ArrayList<>();
                    for (int i = 0; i < answers.size(); i++) {
                        String id = Character.toString((char) ('a' + Math.min(i, 25))) + (i >= 26 ? i : "");
                        parts.choices.add(new TestItem.Choice(id, draft.text(html(answers.get(i)))));
                        double fraction = fraction(answers.get(i));
                        if (single ? fraction >= 100 : fraction > 0) {
                            right.add(id);
                        }
                        if (fraction > 0 && fraction < 100 && single) {
                            notes.add("partial credit of an answer (" + fraction + "%)");
                        }
                    }
                    if (!single && answers.stream().anyMatch(a -> fraction(a) > 0 && fraction(a) < 100)) {
                        notes.add("partial credit (answer weights): all right choices and no other are needed");
                    }
                    if (right.isEmpty() || (single && right.size() != 1)) {
                        draft.skip(name, type, "no answer gives full credit");
                        continue;
                    }
                    parts.answer = right;
                    draft.add(name, type, single ? ItemType.SINGLE_CHOICE : ItemType.MULTIPLE_RESPONSE, prompt, feedback, parts, notes);
                }
                case "truefalse" -> {
                    String right = answers.stream().filter(a -> fraction(a) >= 100).map(MoodleXmlReader::text).findFirst().orElse(null);
                    if (right == null) {
                        draft.skip(name, type, "no answer gives full credit");
                        continue;
                    }
                    parts.answer = List.of(Boolean.toString("true".equalsIgnoreCase(right.strip())));
                    draft.add(name, type, ItemType.TRUE_FALSE, prompt, feedback, parts, notes);
                }
                case "shortanswer" -> {
                    List<String> accepted = new ArrayList<>();
                    for (Element a : answers) {
                        String value = text(a);
                        if (fraction(a) >= 100 && !value.contains("*")) {
                            accepted.add(value);
                        } else if (fraction(a) > 0 || value.contains("*")) {
                            notes.add("answer '" + value + "' (" + (value.contains("*") ? "wildcard" : fraction(a) + "% credit") + ")");
                        }
                    }
                    if (accepted.isEmpty()) {
                        draft.skip(name, type, "no answer gives full credit");
                        continue;
                    }
                    parts.answers = Map.of(draft.language(), accepted);
                    parts.ignore = "1".equals(text(child(q, "usecase"))) ? Set.of(TestItem.Leniency.SPACING) : TestItem.DEFAULT_LENIENCY;
                    draft.add(name, type, ItemType.FILL_IN, prompt, feedback, parts, notes);
                }
                case "numerical" -> {
                    Element right = answers.stream().filter(a -> fraction(a) >= 100).findFirst().orElse(null);
                    if (right == null || number(text(right)) == null) {
                        draft.skip(name, type, "no numeric answer gives full credit");
                        continue;
                    }
                    parts.number = number(text(right));
                    BigDecimal tolerance = number(text(child(right, "tolerance")));
                    parts.tolerance = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
                    if (answers.size() > 1) {
                        notes.add("other answers with partial credit");
                    }
                    if (child(q, "units") != null) {
                        notes.add("units");
                    }
                    draft.add(name, type, ItemType.NUMERIC, prompt, feedback, parts, notes);
                }
                case "matching", "match" -> {
                    parts.pairs = new ArrayList<>();
                    for (Element sub : children(q, "subquestion")) {
                        String left = html(sub);
                        String right = text(child(sub, "answer"));
                        if (left.isBlank()) {
                            notes.add("distractor '" + right + "' (a right-hand answer without a question)");
                        } else {
                            parts.pairs.add(new TestItem.Pair(draft.text(left), draft.text(right)));
                        }
                    }
                    if (parts.pairs.size() < 2) {
                        draft.skip(name, type, "fewer than two pairs");
                        continue;
                    }
                    draft.add(name, type, ItemType.MATCHING, prompt, feedback, parts, notes);
                }
                case "essay" -> draft.skip(name, type, "essays are marked by a person; HọcVụ's tests mark themselves");
                case "multianswer", "cloze" -> draft.skip(name, type, "embedded (cloze) answers have no HọcVụ item type");
                case "description" -> draft.skip(name, type, "a description is not a question");
                default -> draft.skip(name, type, "the Moodle question type '" + type + "' has no HọcVụ item type");
            }
        }
    }

    private static Document parse(byte[] file) throws ImportRefused {
        try {
            return HostileXml.parser().parse(new ByteArrayInputStream(file));
        } catch (SAXException e) {
            throw new ImportRefused("assessment.import.bad-xml", e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = parent == null ? List.of() : children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The element's own value: its {@code <text>} child when it has one. */
    private static String rawText(Element e) {
        if (e == null) {
            return "";
        }
        Element text = child(e, "text");
        return (text != null ? text.getTextContent() : e.getTextContent()).strip();
    }

    private static String text(Element e) {
        return rawText(e).replace('\u00a0', ' ').strip();
    }

    /** HTML question texts become plain text (HọcVụ's items are text; markup and images are not carried). */
    private static String html(Element e) {
        return Jsoup.parse(rawText(e)).text().replace('\u00a0', ' ').strip();
    }

    private static double fraction(Element answer) {
        try {
            return Double.parseDouble(answer.getAttribute("fraction"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static BigDecimal number(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
