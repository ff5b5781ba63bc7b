package org.hocvu.lms.xapi.credential;

import java.util.List;
import java.util.UUID;

/** A credential just created: the only time its secret is shown. */
public record IssuedCredential(UUID id, String key, String secret, String name, List<String> scopes) {
}
