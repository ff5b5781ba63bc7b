package org.hocvu.lms.content.review;

/** A reviewer's (or a partner's, on submitting) comment on a version. */
public record Decision(String comment) {
}
