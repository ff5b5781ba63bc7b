package org.hocvu.lms.identity;

import org.hocvu.lms.unit.UnitView;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The signed-in person as {@code GET /api/v1/me} shows them; {@code unit} carries its path. */
public record MeView(UUID id, String username, String displayName, List<String> roles, UnitView unit,
                     Set<String> targetGroups) {
}
