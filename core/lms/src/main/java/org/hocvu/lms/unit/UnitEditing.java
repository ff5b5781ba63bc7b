package org.hocvu.lms.unit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.event.DomainEvents;
import org.hocvu.lms.unit.event.UnitMoved;

import java.time.Clock;
import java.util.List;

/**
 * Campaign admins keep the units they added below a commune: rename, move, close. Official units
 * (provinces, communes, wards, special zones) follow the state's list and are never changed here.
 * Nothing is deleted: a closed unit keeps its code, name and place, so history still reads.
 */
@ApplicationScoped
public class UnitEditing {
    @Inject
    UnitService units;
    @Inject
    Clock clock;
    @Inject
    DomainEvents events;
    @Inject
    KnownUnits known;

    /** Renames and/or moves an added unit; the units below it move with it. */
    @Transactional
    public UnitView change(String code, UnitChange change) {
        AdminUnit unit = editable(code);
        if (change == null) {
            return units.withPath(code);
        }
        known.changing();
        if (change.name() != null) {
            unit.name = UnitRules.name(change.name());
        }
        if (change.kind() != null) {
            unit.kind = UnitRules.kind(change.kind());
        }
        AdminUnit parent = change.parentCode() == null ? units.require(unit.parentCode) : UnitRules.parent(change.parentCode());
        if (parent.path.startsWith(unit.path)) {
            throw ApiException.badRequest("parentCode", "unit.move.below-itself", unit.name, parent.name);
        }
        String oldPath = unit.path;
        String oldParent = unit.parentCode;
        UnitRules.placeBelow(unit, parent);
        if (!oldPath.equals(unit.path)) {
            moveBelow(oldPath, unit);
            events.publish(new UnitMoved(unit.code, oldParent, parent.code));
        } else {
            renameBelow(unit);
        }
        return units.withPath(code);
    }

    /** Closes an added unit once nothing open remains below it; it leaves search, its history stays. */
    @Transactional
    public UnitView close(String code) {
        AdminUnit unit = editable(code);
        if (unit.closedAt == null) {
            known.changing();
            long openBelow = AdminUnit.count("path like ?1 and code <> ?2 and closedAt is null", unit.path + "%", unit.code);
            if (openBelow > 0) {
                throw ApiException.conflict("unit.close.open-below", unit.name, openBelow);
            }
            unit.closedAt = clock.instant();
        }
        return units.withPath(code);
    }

    private AdminUnit editable(String code) {
        AdminUnit unit = units.require(code);
        if (unit.official) {
            throw ApiException.badRequest("code", "unit.official.read-only", unit.name);
        }
        if (unit.closedAt != null) {
            throw ApiException.conflict("unit.closed", unit.name);
        }
        return unit;
    }

    /** The units below a moved one: new paths and depths, search keys under their new province. */
    private void moveBelow(String oldPath, AdminUnit moved) {
        for (AdminUnit below : below(oldPath, moved.code)) {
            AdminUnit parent = AdminUnit.findById(below.parentCode);
            UnitRules.placeBelow(below, parent);
        }
    }

    private void renameBelow(AdminUnit renamed) {
        for (AdminUnit below : below(renamed.path, renamed.code)) {
            UnitRules.named(below, AdminUnit.findById(below.parentCode));
        }
    }

    /** Everything below a unit, parents before children so each is placed under its already-placed parent. */
    private static List<AdminUnit> below(String path, String code) {
        return AdminUnit.list("path like ?1 and code <> ?2", Sort.by("depth"), path + "%", code);
    }
}
