package org.hocvu.lms.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An attempt as its learner sees it. Before submission the items carry the prompt, the options
 * under this attempt's tokens and the saved response, nothing that tells the right answer; after
 * submission each item says whether it was {@code right}, and {@code review} (feedback and the
 * right answer in tokens) is present only where the test allows it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttemptView(UUID id, String testId, String status, Instant startedAt, Instant deadline, Long secondsLeft,
                          Instant finishedAt, String finishedBy, List<FormItem> items, ResultView result) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FormItem(String itemId, int position, String type, String prompt, List<Presentation.ShownOption> choices,
                           List<Presentation.ShownOption> left, List<Presentation.ShownOption> right,
                           List<Presentation.ShownOption> steps, List<Presentation.ShownOption> scale, JsonNode response,
                           Boolean answeredRight, Review review) {
    }

    /** After submission, where the test shows answers: the item's feedback and its right answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Review(String feedback, JsonNode solution) {
    }

    /** The graded outcome: points, scaled score, pass, and the same per area and per competency. */
    public record ResultView(int points, int maxPoints, double scaled, int passMark, boolean passed, List<AreaResult> areas,
                             Map<String, CompetencyResult> competencies) {
    }

    public record AreaResult(String domain, int points, int items, int percent, int passMark, boolean passed) {
    }

    public record CompetencyResult(int points, int items, double scaled, boolean reached, String level) {
    }
}
