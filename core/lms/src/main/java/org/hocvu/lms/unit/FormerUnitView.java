package org.hocvu.lms.unit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A unit as it was before 2025-07-01, with the district and province it was in (null above its
 * level), and how it went into the new unit it is shown with: {@code whole}, {@code part},
 * {@code part_area_all_population}, {@code unchanged}, {@code renamed} or {@code via-communes}.
 *
 * @param level 1 province, 2 district, 3 commune or ward
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormerUnitView(String code, int level, String name, String district, String province, String relation) {
}
