package org.hocvu.lms.course;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a package opens: native packages in the lesson player, cmi5 and SCORM in their own players. */
public final class PackageLinks {
    public static final String NATIVE = "native";

    private PackageLinks() {
    }

    public static String open(String kind, String packageId) {
        String id = segment(packageId);
        return switch (kind == null ? "" : kind) {
            case "cmi5" -> "/play/cmi5/" + id;
            case "scorm" -> "/play/scorm/" + id;
            default -> "/learn/" + id;
        };
    }

    public static String lesson(String packageId, String version, String lessonId) {
        return "/learn/" + segment(packageId) + "/" + segment(version) + "/" + segment(lessonId);
    }

    public static String course(String courseId) {
        return "/courses/" + segment(courseId);
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
