package org.hocvu.lms.content.event;

import org.hocvu.lms.shared.event.DomainEvent;
import org.hocvu.lms.shared.event.EventType;

import java.util.UUID;

/**
 * A package version was approved and is now the package's version in the catalog (assessment
 * stores its lessons' quiz items as the package's item bank).
 *
 * @param versionId the published version's id, as content's {@code PublishedFiles} names it
 */
@EventType("content.version-published")
public record VersionPublished(String packageId, String version, UUID versionId) implements DomainEvent {
}
