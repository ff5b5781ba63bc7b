package org.hocvu.lms.identity;

import java.util.Set;

/** What a person may change about themselves; a null field is left as it is. */
public record MeUpdate(String displayName, String unitCode, Set<String> targetGroups) {
}
