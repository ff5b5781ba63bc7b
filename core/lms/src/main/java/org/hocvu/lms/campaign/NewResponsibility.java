package org.hocvu.lms.campaign;

import java.time.LocalDate;

/** Who answers for a target in a unit, and by when. */
public record NewResponsibility(Integer year, String group, String indicator, String unit, String organisation,
                                String person, LocalDate deadline) {
}
