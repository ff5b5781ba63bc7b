package org.hocvu.lms.classroom;

/** A class a teacher creates: its name and the school (a unit code) it belongs to. */
public record NewClass(String name, String schoolCode) {
}
