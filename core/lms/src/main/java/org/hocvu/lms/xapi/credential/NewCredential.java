package org.hocvu.lms.xapi.credential;

import java.util.List;

/** What an admin asks for: a name people recognise and the xAPI scopes to grant. */
public record NewCredential(String name, List<String> scopes) {
}
