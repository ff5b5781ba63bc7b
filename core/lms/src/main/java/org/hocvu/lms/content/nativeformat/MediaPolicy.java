package org.hocvu.lms.content.nativeformat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which files a native package may carry under {@code media/} and how large they may be, so that a
 * lesson stays usable on a cheap phone over a slow connection (the budgets are stated in
 * docs/content-package-format.md). Anything else — HTML, scripts, executables — has no place in a
 * native package: HọcVụ renders the lessons itself.
 */
public final class MediaPolicy {
    public enum Kind { IMAGE, AUDIO, VIDEO, CAPTIONS }

    public static final long KB = 1024;
    public static final long MB = 1024 * KB;
    /** All the media of one lesson in one language, captions included. */
    public static final long LESSON_BUDGET = 10 * MB;

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("jpg", Kind.IMAGE), Map.entry("jpeg", Kind.IMAGE), Map.entry("png", Kind.IMAGE),
            Map.entry("webp", Kind.IMAGE), Map.entry("gif", Kind.IMAGE), Map.entry("svg", Kind.IMAGE),
            Map.entry("mp3", Kind.AUDIO), Map.entry("ogg", Kind.AUDIO), Map.entry("m4a", Kind.AUDIO),
            Map.entry("mp4", Kind.VIDEO), Map.entry("webm", Kind.VIDEO), Map.entry("vtt", Kind.CAPTIONS));

    private MediaPolicy() {
    }

    public static Optional<Kind> kindOf(String path) {
        return Optional.ofNullable(KINDS.get(extension(path)));
    }

    public static long budget(Kind kind) {
        return switch (kind) {
            case IMAGE -> 300 * KB;
            case AUDIO -> 2 * MB;
            case VIDEO -> 8 * MB;
            case CAPTIONS -> 100 * KB;
        };
    }

    public static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** {@code media/clip.vi.vtt} for {@code media/clip.mp4} in Vietnamese: the captions a video or audio needs. */
    public static String captionsFor(String mediaPath, String language) {
        int dot = mediaPath.lastIndexOf('.');
        return mediaPath.substring(0, dot) + "." + language + ".vtt";
    }
}
