package org.hocvu.lms.facilitation;

import java.util.UUID;

/**
 * The caller of the facilitation API: their learner id, name, the unit they answer for (their
 * token's {@code unit} claim) with its path ({@code /82/28249/}) for "this unit and below", and
 * whether they manage (a unit manager, campaign admin or admin) rather than facilitate.
 */
public record Facilitator(UUID id, String name, String unitCode, String unitPath, boolean manager) {
    /** True when {@code path} (a unit's path) lies within the caller's unit. */
    public boolean covers(String path) {
        return path != null && path.startsWith(unitPath);
    }
}
