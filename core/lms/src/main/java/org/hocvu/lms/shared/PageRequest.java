package org.hocvu.lms.shared;

/**
 * Which page a caller asks for, checked before any query runs: pages count from 0, a page holds
 * 1 to {@link #MAX_SIZE} items. Resources take it as {@code @QueryParam("page")} and
 * {@code @QueryParam("size")} and call {@link #of}, which answers a keyed 400 for anything else.
 */
public record PageRequest(int page, int size) {
    // 200: a whole catalog or a commune's list in one page on a good connection; more is paged
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;
    /** Far beyond any list a person pages through; keeps {@code page * size} an int. */
    static final int MAX_PAGE = 100_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw ApiException.badRequest("page", "error.page.invalid", MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest("size", "error.page-size.invalid", MAX_SIZE);
        }
    }

    /**
     * From query parameters as they arrive: absent means the first page of {@link #DEFAULT_SIZE};
     * taken as texts, so "abc" gets this 400 and not the 404 a failed JAX-RS conversion gives.
     */
    public static PageRequest of(String page, String size) {
        return new PageRequest(number(page, 0, "page", "error.page.invalid", MAX_PAGE),
                number(size, DEFAULT_SIZE, "size", "error.page-size.invalid", MAX_SIZE));
    }

    private static int number(String text, int absent, String field, String key, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field, key, max);
        }
    }

    public int offset() {
        return page * size;
    }
}
