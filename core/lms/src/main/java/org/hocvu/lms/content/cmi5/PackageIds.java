package org.hocvu.lms.content.cmi5;

import org.hocvu.lms.content.zip.ZipSafety;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A cmi5 course is named by an IRI; HọcVụ's packages by short ids that curricula can name. The id
 * is the IRI's last segment made readable plus a short hash of the whole IRI, so two publishers'
 * "intro" courses stay apart and the same course always gets the same id.
 */
public final class PackageIds {
    private PackageIds() {
    }

    public static String fromCourseIri(String iri) {
        return fromIdentifier("cmi5-", iri);
    }

    /** The same rule for another kind's identifier (a SCORM manifest's), with that kind's prefix. */
    public static String fromIdentifier(String prefix, String iri) {
        String trimmed = iri.replaceAll("[/#?]+$", "");
        String last = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1);
        String slug = last.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        String hash = HexFormat.of().formatHex(ZipSafety.sha256().digest(iri.getBytes(StandardCharsets.UTF_8))).substring(0, 8);
        return prefix + (slug.isEmpty() ? "" : slug + "-") + hash;
    }
}
