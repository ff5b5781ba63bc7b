package org.hocvu.lms.scorm;

import org.hocvu.lms.content.scorm.ScormVersion;
import org.hocvu.lms.xapi.record.Score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a SCO's data model says at a commit, the same for both run-times: completion
 * ({@code unknown}, {@code not attempted}, {@code incomplete}, {@code completed}), success
 * ({@code unknown}, {@code passed}, {@code failed}), the score, how the session is left and the interactions.
 * SCORM 1.2's single {@code lesson_status} is split as ADL's xAPI SCORM profile maps it.
 */
record ScoSnapshot(String completion, String success, Score score, String exit, double sessionSeconds,
                   List<Interaction> interactions) {
    /** One {@code cmi.interactions.n}: its id, type, the learner's response and the result. */
    record Interaction(int index, String id, String type, String response, String result, String description) {
        boolean answered() {
            return !response.isEmpty() || !result.isEmpty();
        }

        /** correct / incorrect (1.2: wrong) decide success; neutral, unanticipated and numbers do not. */
        Boolean success() {
            return switch (result) {
                case "correct" -> true;
                case "incorrect", "wrong" -> false;
                default -> null;
            };
        }
    }

    static ScoSnapshot of(ScormVersion version, Map<String, String> values, Double masteryScore) {
        return version == ScormVersion.SCORM_12 ? of12(values) : of2004(values, masteryScore);
    }

    private static ScoSnapshot of12(Map<String, String> v) {
        String status = v.getOrDefault("cmi.core.lesson_status", "not attempted");
        String completion = switch (status) {
            case "passed", "failed", "completed" -> "completed";
            case "incomplete", "browsed" -> "incomplete";
            default -> "not attempted";
        };
        String success = status.equals("passed") || status.equals("failed") ? status : "unknown";
        Double raw = number(v.get("cmi.core.score.raw"));
        Double max = number(v.get("cmi.core.score.max"));
        Double min = number(v.get("cmi.core.score.min"));
        Score score = raw == null ? null : new Score(clamp(raw / (max != null && max > 0 ? max : 100)), raw, min, max);
        return new ScoSnapshot(completion, success, score, v.getOrDefault("cmi.core.exit", ""),
                ScormTime.seconds(v.get("cmi.core.session_time")), interactions(v, "student_response"));
    }

    private static ScoSnapshot of2004(Map<String, String> v, Double masteryScore) {
        String completion = v.getOrDefault("cmi.completion_status", "unknown");
        Double scaled = number(v.get("cmi.score.scaled"));
        String success = v.getOrDefault("cmi.success_status", "unknown");
        if (masteryScore != null && scaled != null) {
            // RTE 4.2.22: with a scaled passing score the LMS, not the SCO, decides passed or failed
            success = scaled * 100 >= masteryScore ? "passed" : "failed";
        }
        Double raw = number(v.get("cmi.score.raw"));
        Score score = scaled == null && raw == null ? null
                : new Score(scaled == null ? null : clamp(scaled), raw, number(v.get("cmi.score.min")), number(v.get("cmi.score.max")));
        return new ScoSnapshot(List.of("completed", "incomplete", "not attempted").contains(completion) ? completion : "unknown",
                List.of("passed", "failed").contains(success) ? success : "unknown", score, v.getOrDefault("cmi.exit", ""),
                ScormTime.seconds(v.get("cmi.session_time")), interactions(v, "learner_response"));
    }

    private static List<Interaction> interactions(Map<String, String> v, String response) {
        List<Interaction> out = new ArrayList<>();
        for (int n = 0; v.containsKey("cmi.interactions." + n + ".id"); n++) {
            String p = "cmi.interactions." + n + ".";
            out.add(new Interaction(n, v.get(p + "id"), v.getOrDefault(p + "type", ""), v.getOrDefault(p + response, ""),
                    v.getOrDefault(p + "result", ""), v.getOrDefault(p + "description", "")));
        }
        return out;
    }

    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double clamp(double scaled) {
        return Math.max(-1, Math.min(1, scaled));
    }
}
