package org.hocvu.ui.error;

/** What an error page says: its status, a title, what happened and what the person can do next. */
public record Problem(int status, String title, String explanation, String actionHref, String actionLabel) {
}
