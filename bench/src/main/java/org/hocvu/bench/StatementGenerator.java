package org.hocvu.bench;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Realistic HọcVụ statements: pseudonymous learners (account actors) working through lessons of
 * courses, answering quiz questions and taking the standard test, with a registration per
 * learner and course. Seeded, so two runs make the same population.
 */
final class StatementGenerator {
    static final String HOME = "https://hocvu.example.gov.vn/";
    static final String[] VERBS = {
            "http://adlnet.gov/expapi/verbs/experienced", "http://adlnet.gov/expapi/verbs/completed",
            "http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/answered",
            "http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/passed",
            "http://adlnet.gov/expapi/verbs/failed", "http://adlnet.gov/expapi/verbs/attempted"};
    final int learners;
    final int courses;
    final int lessonsPerCourse;
    private final SplittableRandom random;

    StatementGenerator(long seed, int learners, int courses, int lessonsPerCourse) {
        this.random = new SplittableRandom(seed);
        this.learners = learners;
        this.courses = courses;
        this.lessonsPerCourse = lessonsPerCourse;
    }

    static String learnerId(int n) {
        return UUID.nameUUIDFromBytes(("learner/" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    static String course(int c) {
        return HOME + "course/" + c;
    }

    static String lesson(int c, int l) {
        return course(c) + "/lesson/" + l;
    }

    static String registration(int learner, int course) {
        return UUID.nameUUIDFromBytes(("registration/" + learner + "/" + course).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** A synchronized generator is shared by load threads; making a statement is cheap. */
    synchronized String next() {
        int learner = random.nextInt(learners);
        int course = random.nextInt(courses);
        int lesson = random.nextInt(lessonsPerCourse);
        String verb = VERBS[random.nextInt(VERBS.length)];
        StringBuilder s = new StringBuilder(900).append("{\"id\":\"").append(UUID.randomUUID())
                .append("\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"").append(HOME)
                .append("\",\"name\":\"").append(learnerId(learner)).append("\"}},\"verb\":{\"id\":\"").append(verb)
                .append("\",\"display\":{\"vi\":\"").append(verb.substring(verb.lastIndexOf('/') + 1)).append("\"}},");
        boolean question = verb.endsWith("answered");
        boolean test = verb.endsWith("passed") || verb.endsWith("failed");
        String activity = question ? lesson(course, lesson) + "/question/" + random.nextInt(10)
                : test ? course(course) + "/standard-test" : lesson(course, lesson);
        s.append("\"object\":{\"objectType\":\"Activity\",\"id\":\"").append(activity).append("\",\"definition\":{");
        if (question) {
            s.append("\"type\":\"http://adlnet.gov/expapi/activities/cmi.interaction\",\"interactionType\":\"choice\",")
                    .append("\"correctResponsesPattern\":[\"b\"],\"choices\":[{\"id\":\"a\",\"description\":{\"vi\":\"Sai\"}},")
                    .append("{\"id\":\"b\",\"description\":{\"vi\":\"Đúng\"}}],");
        } else {
            s.append("\"type\":\"http://adlnet.gov/expapi/activities/").append(test ? "assessment" : "lesson").append("\",");
        }
        s.append("\"name\":{\"vi\":\"Bài ").append(lesson).append("\",\"en\":\"Lesson ").append(lesson).append("\"}}},");
        if (question || test) {
            int raw = random.nextInt(101);
            s.append("\"result\":{\"success\":").append(raw >= 50).append(",\"score\":{\"raw\":").append(raw)
                    .append(",\"min\":0,\"max\":100,\"scaled\":").append(raw / 100.0).append('}');
            if (question) {
                s.append(",\"response\":\"").append(raw >= 50 ? "b" : "a").append('"');
            }
            s.append(",\"duration\":\"PT").append(5 + random.nextInt(600)).append("S\"},");
        }
        s.append("\"context\":{\"registration\":\"").append(registration(learner, course))
                .append("\",\"platform\":\"HọcVụ\",\"language\":\"vi\",\"contextActivities\":{\"parent\":[{\"id\":\"")
                .append(course(course)).append("\"}],\"grouping\":[{\"id\":\"").append(HOME).append("campaign/2026\"}]}},")
                .append("\"timestamp\":\"2026-").append(String.format("%02d-%02dT%02d:%02d:00+07:00\"}",
                        1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60)));
        return s.toString();
    }

    int randomLearner() {
        synchronized (this) {
            return random.nextInt(learners);
        }
    }

    int randomCourse() {
        synchronized (this) {
            return random.nextInt(courses);
        }
    }
}
