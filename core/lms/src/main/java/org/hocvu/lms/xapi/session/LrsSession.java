package org.hocvu.lms.xapi.session;

import java.util.UUID;

/**
 * A launch session another context opened (a cmi5 AU launch): its opaque id and the learner it
 * acts for. A token that resolves to one lets its holder write and read only what
 * {@link LrsSessions} admits for that session.
 */
public record LrsSession(String id, UUID learner) {
}
