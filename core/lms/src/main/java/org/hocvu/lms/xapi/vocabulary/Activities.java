package org.hocvu.lms.xapi.vocabulary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one IRI scheme of HọcVụ's activities: {@code <base-url>xapi/activities/<kind>/<id>...}, built
 * from {@code hocvu.base-url} (HOCVU_BASE_URL), each id percent-encoded as one path segment.
 * The deployment owns its activities, so their IRIs live on its own address.
 */
@ApplicationScoped
public class Activities {
    @ConfigProperty(name = "hocvu.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    public static final String SCORM_PROFILE = "https://w3id.org/xapi/scorm";

    public Activity course(String courseId, Map<String, String> name) {
        return activity(ActivityType.COURSE, name, courseId);
    }

    /** One version of a lesson package (content changes between versions, so statements name it). */
    public Activity lessonPackage(String packageId, String version, Map<String, String> name) {
        return activity(ActivityType.LESSON_PACKAGE, name, packageId, version);
    }

    public Activity lesson(String packageId, String version, String lessonId, Map<String, String> name) {
        return new Activity(lessonPackage(packageId, version, null).id() + "/" + ActivityType.LESSON.segment()
                + "/" + segment(lessonId), ActivityType.LESSON.iri(), name);
    }

    /** A quiz item of a lesson package version. */
    public Activity quizItem(String packageId, String version, String itemId, Map<String, String> name) {
        return new Activity(lessonPackage(packageId, version, null).id() + "/" + ActivityType.QUIZ_ITEM.segment()
                + "/" + segment(itemId), ActivityType.QUIZ_ITEM.iri(), name);
    }

    /** A target group's standard test (its blueprint). */
    public Activity standardTest(String testId, Map<String, String> name) {
        return activity(ActivityType.STANDARD_TEST, name, testId);
    }

    /**
     * One version of an item of a standard test (an item's text and key may change between versions).
     * Its definition carries no correct response: statements are readable by the learner.
     */
    public Activity testItem(String testId, String itemId, int version, Map<String, String> name) {
        return new Activity(standardTest(testId, null).id() + "/" + ActivityType.QUIZ_ITEM.segment() + "/" + segment(itemId)
                + "/" + version, ActivityType.QUIZ_ITEM.iri(), name);
    }

    /** A practical skill a facilitator verifies, as a plugin (target group) declares it. */
    public Activity practicalSkill(String pluginId, String skillId, Map<String, String> name) {
        return activity(ActivityType.PRACTICAL_SKILL, name, pluginId, skillId);
    }

    /** An in-person session a facilitator recorded. */
    public Activity session(String sessionId, Map<String, String> name) {
        return activity(ActivityType.SESSION, name, sessionId);
    }

    public Activity certificate(String certificateId, Map<String, String> name) {
        return activity(ActivityType.CERTIFICATE, name, certificateId);
    }

    /** An attempt at a package version (SCORM): {@code …/packages/{id}/{version}/attempts/{attemptId}}. */
    public Activity attempt(String packageId, String version, String attemptId) {
        return new Activity(lessonPackage(packageId, version, null).id() + "/" + ActivityType.ATTEMPT.segment()
                + "/" + segment(attemptId), ActivityType.ATTEMPT.iri(), Map.of());
    }

    /** An interaction inside a lesson (a SCORM SCO's {@code cmi.interactions.n}): {@code <lesson IRI>/interactions/{id}}. */
    public Activity interaction(Activity lesson, String interactionId, Map<String, String> name) {
        return new Activity(lesson.id() + "/interactions/" + segment(interactionId), ActivityType.QUIZ_ITEM.iri(), name);
    }

    /** ADL's xAPI SCORM profile, the category of every statement a SCORM session makes. */
    public Activity scormProfile() {
        return new Activity(SCORM_PROFILE, ActivityType.PROFILE.iri(), Map.of());
    }

    /** A teacher's class in a school, which students join. */
    public Activity schoolClass(String classId, Map<String, String> name) {
        return activity(ActivityType.SCHOOL_CLASS, name, classId);
    }

    /** An administrative unit's campaign (a person registered with help is registered in it). */
    public Activity unit(String unitCode, Map<String, String> name) {
        return activity(ActivityType.UNIT, name, unitCode);
    }

    private Activity activity(ActivityType type, Map<String, String> name, String... ids) {
        StringBuilder iri = new StringBuilder(base()).append("xapi/activities/").append(type.segment());
        for (String id : ids) {
            iri.append('/').append(segment(id));
        }
        return new Activity(iri.toString(), type.iri(), name);
    }

    private String base() {
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** One path segment: an id with '/', spaces or Vietnamese letters stays one valid IRI segment. */
    private static String segment(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an activity needs an id");
        }
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
