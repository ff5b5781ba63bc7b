package org.hocvu.ui.content;

/** One review step as the pages show it: what happened, who did it, when, and their comment (may be null). */
public record HistoryLine(String action, String actor, String at, String comment) {
}
