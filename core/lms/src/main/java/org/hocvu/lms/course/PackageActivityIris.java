package org.hocvu.lms.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.vocabulary.Activities;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the package, version and lesson back out of an activity IRI of the one scheme
 * ({@code …/packages/{id}/{version}[/lessons/{lesson} | /items/{item}]}), whoever wrote the
 * statement: the lesson player, a cmi5 or a SCORM player.
 */
@ApplicationScoped
public class PackageActivityIris {
    /** {@code lessonId} is set for a lesson, {@code inside} for anything below the package version. */
    public record PackageActivity(String packageId, String version, String lessonId, boolean inside) {
    }

    @Inject
    Activities activities;

    private volatile String prefix;

    public Optional<PackageActivity> parse(String iri) {
        String start = prefix();
        if (iri == null || !iri.startsWith(start)) {
            return Optional.empty();
        }
        String[] parts = iri.substring(start.length()).split("/", -1);
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        String packageId = decode(parts[0]);
        String version = decode(parts[1]);
        if (parts.length == 2) {
            return Optional.of(new PackageActivity(packageId, version, null, false));
        }
        String lesson = parts.length == 4 && "lessons".equals(parts[2]) ? decode(parts[3]) : null;
        return Optional.of(new PackageActivity(packageId, version, lesson, true));
    }

    private String prefix() {
        if (prefix == null) {
            String sample = activities.lessonPackage("p", "v", null).id();
            prefix = sample.substring(0, sample.length() - "p/v".length());
        }
        return prefix;
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
