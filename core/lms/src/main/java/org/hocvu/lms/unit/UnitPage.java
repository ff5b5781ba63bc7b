package org.hocvu.lms.unit;

import java.util.List;

/** One page of units; {@code total} counts every match. */
public record UnitPage(List<UnitView> items, int page, int size, long total) {
}
