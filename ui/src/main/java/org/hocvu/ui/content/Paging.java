package org.hocvu.ui.content;

import org.hocvu.lms.shared.Page;

/** Previous and next links under a paged list; pages count from 0 in the address, from 1 for people. */
public record Paging(String path, int page, int size, long total) {
    static Paging of(String path, Page<?> shown) {
        return new Paging(path, shown.page(), shown.size(), shown.total());
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean needed() {
        return hasPrevious() || hasNext();
    }

    public String previous() {
        return path + "?page=" + (page - 1);
    }

    public String next() {
        return path + "?page=" + (page + 1);
    }

    /** The page shown, counted from 1. */
    public int number() {
        return page + 1;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
