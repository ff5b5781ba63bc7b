package org.hocvu.lms.campaign;

/** A campaign admin sets a target: in {@code year}, {@code percent} of {@code group} in {@code unit} (and below) reach {@code indicator}. */
public record TargetChange(Integer year, String group, String indicator, String unit, Integer percent) {
}
