package org.hocvu.ui.content;

/**
 * A lesson (native) or an AU (cmi5) of a version under review.
 *
 * @param launch the file or URL as the package names it
 * @param href   where it opens: under the version's files ({@code /content/<version id>/...}) or the AU's own URL
 * @param framed whether the preview shows it in a sandboxed frame (native lessons, which run no script)
 */
public record LessonPreview(String title, String launch, String href, boolean framed, Integer minutes) {
}
