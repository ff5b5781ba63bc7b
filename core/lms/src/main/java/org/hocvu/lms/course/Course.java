package org.hocvu.lms.course;

import java.util.List;
import java.util.Map;

/**
 * A course learners enrol in: one of a plugin's curriculum ({@code group} is the plugin id), or a
 * catalog package taken on its own ({@code group} null, the course id is the package id).
 * {@code title} is keyed by language code.
 */
public record Course(String id, String group, String level, List<String> competencies, List<String> packages,
                     Map<String, String> title) {
    public boolean standalone() {
        return group == null;
    }
}
