package org.hocvu.lms.classroom;

import java.util.List;

/** The caller's classes: those they teach (teachers only) and those they are a student of. */
public record MyClasses(List<ClassSummary> teaching, List<ClassSummary> attending) {
}
