package org.hocvu.ui.profile;

/** A target group as a checkbox: its id, its name in the page's language, whether the person chose it. */
public record GroupChoice(String id, String name, boolean chosen) {
}
