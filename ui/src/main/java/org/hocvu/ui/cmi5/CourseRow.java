package org.hocvu.ui.cmi5;

/**
 * One line of the course page: an AU or a block at its depth, its title in the page's language and
 * its state (the key of its label); an AU has its index to launch and its launch method.
 */
public record CourseRow(int depth, boolean au, int index, String title, String state, String stateLabel, boolean ownWindow) {
}
