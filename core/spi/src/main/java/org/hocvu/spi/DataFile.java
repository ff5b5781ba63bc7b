package org.hocvu.spi;

/**
 * The data files of a plugin, all required, all in {@link TargetGroupPlugin#dataFolder()}.
 * Texts shown to people come from message bundles: {@link #MESSAGES} in Vietnamese, and one per
 * other language the plugin speaks, named by {@link #messagesIn(String)}, with the same keys; the
 * framework carries its own names per language because it is exchanged as a whole (IMS CASE).
 */
public enum DataFile {
    /** Competency framework: levels, domains, competencies with level descriptors and crosswalks. */
    FRAMEWORK("framework.yaml"),
    /** Learning path: courses, each with the lesson packages it uses and the competencies it covers. */
    CURRICULUM("curriculum.yaml"),
    /** Standard test: items per competency area, difficulty mix, pass marks, time, attempts, cool-down. */
    BLUEPRINT("blueprint.yaml"),
    /** Which profile attributes make someone a member of the group. */
    ELIGIBILITY("eligibility.yaml"),
    /** Skills a facilitator verifies in person. */
    PRACTICAL_SKILLS("practical-skills.yaml"),
    /** Campaign indicators the group is measured by. */
    INDICATORS("indicators.yaml"),
    /** Texts in Vietnamese: the default language, and the one every other falls back to. */
    MESSAGES("messages.properties");

    /** The language texts fall back to; its bundle is {@link #MESSAGES}. */
    public static final String VIETNAMESE = "vi";

    private final String fileName;

    DataFile(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /**
     * The file name of the message bundle in {@code language} (an ISO 639 code such as {@code en}
     * or {@code km}): {@code messages.properties} for Vietnamese, {@code messages_<language>.properties}
     * for any other, as {@link java.util.ResourceBundle} names them.
     */
    public static String messagesIn(String language) {
        return VIETNAMESE.equals(language) ? MESSAGES.fileName : "messages_" + language + ".properties";
    }
}
