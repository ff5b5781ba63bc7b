package org.hocvu.spi;

/**
 * The data files of a plugin, all required, all in {@link TargetGroupPlugin#dataFolder()}.
 * Texts shown to people come from the two message bundles (same keys in both); the framework
 * carries its own names in both languages because it is exchanged as a whole (IMS CASE).
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
    /** Texts in Vietnamese, the default language. */
    MESSAGES_VI("messages.properties"),
    /** The same texts in English. */
    MESSAGES_EN("messages_en.properties");

    private final String fileName;

    DataFile(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
