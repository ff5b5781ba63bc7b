package org.hocvu.lms.xapi.feed;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.UUID;

/** A committed statement as consumers receive it, with its place (seq) in the log. */
public record FeedStatement(long seq, UUID id, boolean voiding, JsonNode statement) {
}
