package org.hocvu.lms.classroom;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.hocvu.lms.unit.UnitView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A class as its teacher or one of its students sees it: its school (with its path), the modules
 * loaded into it in order, how many students it has; {@code joinCode} only for its teacher.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClassView(UUID id, String name, UnitView school, String teacherName, String joinCode, boolean mine,
                        List<ModuleView> modules, int students, Instant createdAt) {
}
