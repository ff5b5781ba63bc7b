package org.hocvu.lms.scorm;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the scorm context shows: the player page's launch and table of contents, the run-time's state and commits. */
public final class ScormViews {
    private ScormViews() {
    }

    /**
     * A launch for the player page: the attempt, a fresh run-time token (the SCO's frame has no
     * cookie; this token is its only credential, for 12 hours), the table of contents and the SCO to open.
     */
    public record Launch(UUID attemptId, String token, String packageId, String version, Map<String, String> title,
                         String scormVersion, boolean choice, boolean flow, List<Entry> contents, String current,
                         String previous, String next, boolean completed) {
    }

    /**
     * A line of the table of contents: an item at a depth; launchable ones have a status
     * ({@code not attempted}, {@code incomplete}, {@code completed}, {@code passed}, {@code failed})
     * and are enabled when their prerequisites are met.
     */
    public record Entry(String id, String title, int depth, boolean launchable, String status, boolean enabled) {
    }

    /**
     * What the run-time needs to start a SCO: the launch URL (relative to the package root), the
     * values the SCO set before, and what the LMS supplies (learner id, entry, credit, mode, total
     * time, launch data, mastery or scaled passing score), plus the navigation the SCO may request.
     * {@code isSco} is false for an asset, which calls no API and counts as completed once opened.
     */
    public record RuntimeState(String scormVersion, String sco, String launch, boolean isSco, Map<String, String> values,
                               Map<String, String> lms, String previous, String next, Map<String, Boolean> choice) {
    }

    /**
     * A save from the run-time: {@code event} is {@code initialize}, {@code commit}, {@code terminate}
     * or {@code hide} (the page went away; saved, session left open); {@code seq} grows within a
     * {@code session}, so a late or repeated save is ignored; {@code values} are every element the SCO set.
     */
    public record Commit(UUID session, long seq, String event, Map<String, String> values) {
    }

    /** After a save: the SCO's status, whether the whole package is completed, the table of contents again. */
    public record Saved(String status, boolean packageCompleted, List<Entry> contents) {
    }
}
