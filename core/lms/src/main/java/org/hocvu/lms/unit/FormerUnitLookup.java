package org.hocvu.lms.unit;

import java.util.List;

/**
 * An old unit and the new units it became, the one that took its whole population first; a
 * district's or province's are those its communes became.
 */
public record FormerUnitLookup(FormerUnitView unit, List<Successor> became) {

    /** @param wholePopulation every resident of the old unit lives in this one */
    public record Successor(UnitView unit, String relation, boolean wholePopulation) {
    }
}
