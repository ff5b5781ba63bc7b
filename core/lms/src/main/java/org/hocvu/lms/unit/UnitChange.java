package org.hocvu.lms.unit;

/** A change of a unit added below a commune: a new name, kind or parent; a null field is left as it is. */
public record UnitChange(String name, String kind, String parentCode) {
}
