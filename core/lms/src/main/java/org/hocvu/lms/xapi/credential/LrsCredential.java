package org.hocvu.lms.xapi.credential;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An HTTP Basic credential of the LRS as admins see it (never its secret). */
public record LrsCredential(UUID id, String key, String name, List<String> scopes, Instant createdAt, Instant revokedAt) {
}
