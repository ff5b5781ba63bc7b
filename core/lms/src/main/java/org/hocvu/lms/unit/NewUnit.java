package org.hocvu.lms.unit;

/** A unit a campaign admin adds below a commune; {@code code} is optional and made when absent. */
public record NewUnit(String parentCode, String name, String kind, String code) {
}
