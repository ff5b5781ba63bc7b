package org.hocvu.lms.unit;

import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.TextSearch;

/** What every unit a campaign admin adds or changes must be, shared by adding and editing. */
final class UnitRules {
    static final int MAX_NAME = 200;
    static final int MAX_KIND = 60;

    private UnitRules() {
    }

    static String name(String input) {
        String name = trimmed(input);
        if (name == null || name.length() > MAX_NAME) {
            throw ApiException.badRequest("name", "unit.name.required");
        }
        return name;
    }

    static String kind(String input) {
        String kind = trimmed(input);
        if (kind == null || kind.length() > MAX_KIND) {
            throw ApiException.badRequest("kind", "unit.kind.required");
        }
        return kind;
    }

    /** A parent for an added unit: an open commune, ward or special zone, or an open unit below one. */
    static AdminUnit parent(String code) {
        if (trimmed(code) == null) {
            throw ApiException.badRequest("parentCode", "unit.parent.required");
        }
        AdminUnit parent = AdminUnit.findById(code.trim());
        if (parent == null) {
            throw ApiException.badRequest("parentCode", "unit.not-found", code.trim());
        }
        if (parent.depth < UnitService.COMMUNE_DEPTH) {
            throw ApiException.badRequest("parentCode", "unit.parent.too-high", parent.name);
        }
        if (parent.closedAt != null) {
            throw ApiException.badRequest("parentCode", "unit.parent.closed", parent.name);
        }
        return parent;
    }

    /** Puts {@code unit} right below {@code parent}: its depth, path and search keys follow. */
    static void placeBelow(AdminUnit unit, AdminUnit parent) {
        unit.parentCode = parent.code;
        unit.depth = parent.depth + 1;
        unit.path = parent.path + unit.code + "/";
        named(unit, parent);
    }

    /** The search keys of {@code unit}'s name, below {@code parent}. */
    static void named(AdminUnit unit, AdminUnit parent) {
        unit.searchName = TextSearch.fold(unit.name);
        unit.searchBare = UnitNames.bare(unit.name, unit.kind);
        unit.searchFull = UnitNames.full(unit.searchName, parent.searchBare, parent.searchName, parent.searchFull);
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
