package org.hocvu.lms.unit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.hocvu.lms.shared.TextSearch;

import java.time.Instant;
import java.util.List;

/**
 * A unit as the API shows it; {@code path} (root first, the unit last) only where asked for;
 * {@code formerly}: in a search result found by a former name, that former unit; for one unit
 * asked by code, every old unit it took in; {@code closedAt} only for a unit a campaign admin closed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitView(String code, String name, String kind, int depth, boolean official, String parentCode,
                       List<UnitView> path, List<FormerUnitView> formerly, Instant closedAt) {

    static UnitView of(AdminUnit u) {
        return new UnitView(u.code, u.name, u.kind, u.depth, u.official, u.parentCode, null, null, u.closedAt);
    }

    UnitView withPath(List<UnitView> path) {
        return new UnitView(code, name, kind, depth, official, parentCode, path, formerly, closedAt);
    }

    UnitView formerly(List<FormerUnitView> former) {
        return new UnitView(code, name, kind, depth, official, parentCode, path,
                former == null || former.isEmpty() ? null : former, closedAt);
    }

    public boolean closed() {
        return closedAt != null;
    }

    /**
     * A school: a unit added below a commune whose kind says so, however it was typed ("trường học",
     * "Trường THCS", "school"): the kind is a campaign admin's free text.
     */
    public boolean school() {
        String k = TextSearch.fold(kind);
        return depth > UnitService.COMMUNE_DEPTH && (k.equals("truong") || k.startsWith("truong ") || k.equals("school"));
    }

    /** A commune, ward or special zone, or a unit added below one: where a learner may belong. */
    public boolean communeOrBelow() {
        return depth >= UnitService.COMMUNE_DEPTH;
    }
}
