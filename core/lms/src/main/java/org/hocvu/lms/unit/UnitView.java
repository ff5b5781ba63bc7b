package org.hocvu.lms.unit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A unit as the API shows it; {@code path} (root first, the unit last) only where asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitView(String code, String name, String kind, int depth, boolean official, String parentCode,
                       List<UnitView> path) {

    static UnitView of(AdminUnit u) {
        return new UnitView(u.code, u.name, u.kind, u.depth, u.official, u.parentCode, null);
    }

    UnitView withPath(List<UnitView> path) {
        return new UnitView(code, name, kind, depth, official, parentCode, path);
    }
}
