package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.unit.UnitView;

import java.util.List;

/**
 * Campaign rows carry their unit's path, {@code /<root>/.../<unit>/}, so "this unit and everything
 * below" is a prefix match served by an index, without reading the unit context's tables.
 */
@ApplicationScoped
public class UnitPaths {
    @Inject
    UnitService units;

    /** The unit's path; a 400 naming the field when there is no such unit. */
    public String of(String field, String code) {
        if (code == null || code.isBlank() || code.length() > 64 || !units.exists(code)) {
            throw ApiException.badRequest(field, "campaign.unit.unknown", code == null ? "" : code);
        }
        return of(code);
    }

    /** The path of a unit known to exist. */
    String of(String code) {
        StringBuilder path = new StringBuilder("/");
        for (UnitView u : units.withPath(code).path()) {
            path.append(u.code()).append('/');
        }
        return path.toString();
    }

    boolean exists(String code) {
        return code != null && code.length() <= 64 && units.exists(code);
    }

    UnitView unit(String code) {
        return units.get(code);
    }

    List<UnitView> ancestry(String code) {
        return units.withPath(code).path();
    }

    List<UnitView> children(String code) {
        return units.children(code);
    }
}
