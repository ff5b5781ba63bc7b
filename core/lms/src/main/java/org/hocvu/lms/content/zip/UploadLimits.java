package org.hocvu.lms.content.zip;

/**
 * How much an upload may hold, checked before and while it is unpacked: the upload itself, the
 * number of entries, their total size once unpacked, and how much one entry may expand (a zip bomb
 * expands thousands of times; real lessons rarely more than ten).
 */
public record UploadLimits(long maxUploadBytes, int maxEntries, long maxUnpackedBytes, int maxCompressionRatio) {
    /** An entry this small may expand as much as it likes: a page of text compresses well. */
    public static final long RATIO_FREE_BYTES = 1024 * 1024;

    public static UploadLimits defaults() {
        return new UploadLimits(64L * 1024 * 1024, 5_000, 512L * 1024 * 1024, 100);
    }
}
