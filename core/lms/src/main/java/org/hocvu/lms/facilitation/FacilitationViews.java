package org.hocvu.lms.facilitation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the facilitation API reads and answers: the contract the facilitator's offline pages are built on. */
public final class FacilitationViews {
    private FacilitationViews() {
    }

    /** One learner as attendance needs them: name family name first, birth year when known, unit and groups. */
    public record RosterEntry(UUID id, String fullName, Integer birthYear, String unitCode, String unitName,
                              List<String> groups) {
    }

    /** The whole list of a unit for the device, with when it was made. */
    public record RosterExport(String unitCode, Instant madeAt, int count, List<RosterEntry> learners) {
    }

    /** A practical skill of a plugin, named in the caller's language. */
    public record SkillView(String pluginId, String skillId, String activityId, String name, List<String> competencies) {
    }

    /** What a session can be about: {@code kind} course, lesson or skill; {@code pluginId} of a course or skill. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TopicView(String kind, String id, String name, String pluginId) {
    }

    /** The key a device encrypts its offline copy with (AES-256, base64) and until when it may be used. */
    public record DeviceKey(String keyId, String key, Instant expiresAt) {
    }

    public record TopicRef(String kind, String id) {
    }

    /** A session as the device sends it; its id is made on the device. */
    public record SessionInput(String unitCode, Instant startsAt, Instant endsAt, String place, TopicRef topic,
                               List<String> team, String notes) {
    }

    public record SessionView(UUID id, UUID facilitatorId, String unitCode, String unitName, Instant startsAt, Instant endsAt,
                              String place, TopicRef topic, List<String> team, String notes, int attendees,
                              Instant recordedAt) {
    }

    public record AttendanceView(UUID sessionId, UUID learnerId, UUID statementId, Instant recordedAt) {
    }

    /** The consent read aloud to the person, with the version of its text. */
    public record Consent(Boolean given, String textVersion, Boolean readAloud) {
    }

    /** A person registered on the spot: no e-mail, no phone, no national id. */
    public record PersonInput(String fullName, Integer birthYear, String unitCode, List<String> groups, Consent consent) {
    }

    /** Another person with the same folded name, birth year and unit. */
    public record Candidate(UUID learnerId, String fullName, Integer birthYear, String unitCode) {
    }

    public record ConflictRef(UUID id, List<Candidate> candidates) {
    }

    /** The registration's answer; {@code conflict} when someone alike was already known (stored all the same). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonView(UUID id, UUID learnerId, String fullName, Integer birthYear, String unitCode,
                             List<String> groups, Instant consentAt, ConflictRef conflict) {
    }

    /** An open conflict: the person registered and those they may be; {@code status} open, merged or distinct. */
    public record ConflictView(UUID id, Candidate registered, List<Candidate> candidates, String status,
                               UUID registeredBy, Instant detectedAt) {
    }

    public record MergeInput(UUID keep) {
    }

    /** What a merge or a "distinct" decision did: for a merge, how many statements moved to the kept person. */
    public record ConflictDecision(UUID id, String status, UUID kept, int statementsMoved) {
    }

    /** A one-time code to print or show; only this answer carries it (it is stored hashed). */
    public record ClaimCode(UUID learnerId, String code, Instant expiresAt) {
    }

    public record ClaimInput(String code, String username, String password) {
    }

    public record Claimed(UUID learnerId, String username) {
    }

    public record VerificationInput(UUID learnerId, String pluginId, String skillId, String note, UUID sessionId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VerificationView(UUID id, UUID learnerId, String pluginId, String skillId, String note, UUID sessionId,
                                   UUID verifiedBy, Instant verifiedAt, UUID statementId, Withdrawal withdrawal) {
    }

    public record WithdrawInput(String reason) {
    }

    public record Withdrawal(String reason, UUID by, Instant at, UUID voidingStatementId) {
    }

    /** One indicator a person has not reached yet. */
    public record Missing(String indicatorId, String name) {
    }

    public record HelpedPerson(UUID learnerId, String fullName, String unitCode, List<String> groups, List<Missing> missing) {
    }

    public record Mine(List<SessionView> sessions, List<HelpedPerson> people) {
    }

    /** More verifications within one minute than the configured threshold. */
    public record Flag(Instant from, Instant to, int verifications) {
    }

    public record FacilitatorSummary(UUID facilitatorId, String name, int sessions, int peopleHelped, int skillsVerified,
                                     List<Flag> flags) {
    }

    public record Overview(String unitCode, List<FacilitatorSummary> facilitators) {
    }

    /** One offline act; {@code kind} session, attendance, registration, verification or withdrawal. */
    public record Operation(String kind, String id, JsonNode body) {
    }

    public record SyncBatch(List<Operation> operations) {
    }

    /** {@code status}: applied, duplicate, conflict or rejected; {@code message} in the caller's language. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OperationResult(String id, String status, String message, Map<String, Object> detail) {
    }

    public record SyncResult(List<OperationResult> results) {
    }
}
