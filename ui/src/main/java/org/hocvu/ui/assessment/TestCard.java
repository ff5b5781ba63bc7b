package org.hocvu.ui.assessment;

/** A target group's standard test on the tests page: what it asks, and whether it can be taken. */
public record TestCard(String testId, String name, String level, int items, int minutes, int passMark, int attempts,
                       int coolDownHours, boolean available) {
}
