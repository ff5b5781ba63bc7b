package org.hocvu.lms.assessment;

import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.TestItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns marked items into the test's outcome: one point per right graded item (likert items count
 * for nothing); passed when the overall percentage and every area's reach their pass marks. A
 * competency is reached (at the test's level) when its items reach its area's pass mark.
 */
final class Scoring {
    private Scoring() {
    }

    record Marked(TestItem item, String domain, boolean right) {
    }

    static AttemptView.ResultView score(PluginData.Blueprint blueprint, List<Marked> marked) {
        List<Marked> graded = marked.stream().filter(m -> m.item().type().graded()).toList();
        int points = (int) graded.stream().filter(Marked::right).count();
        int max = graded.size();
        List<AttemptView.AreaResult> areas = new ArrayList<>();
        Map<String, Integer> passMarkOf = new TreeMap<>();
        boolean allAreas = true;
        for (PluginData.Area area : blueprint.areas()) {
            List<Marked> in = graded.stream().filter(m -> area.domain().equals(m.domain())).toList();
            int right = (int) in.stream().filter(Marked::right).count();
            int percent = percent(right, in.size());
            boolean passed = percent >= area.passMark();
            allAreas &= passed;
            passMarkOf.put(area.domain(), area.passMark());
            areas.add(new AttemptView.AreaResult(area.domain(), right, in.size(), percent, area.passMark(), passed));
        }
        Map<String, AttemptView.CompetencyResult> competencies = new TreeMap<>();
        graded.stream().map(m -> m.item().competency()).distinct().forEach(code -> {
            List<Marked> of = graded.stream().filter(m -> m.item().competency().equals(code)).toList();
            int right = (int) of.stream().filter(Marked::right).count();
            int passMark = passMarkOf.getOrDefault(of.get(0).domain(), blueprint.passMark());
            boolean reached = percent(right, of.size()) >= passMark;
            competencies.put(code, new AttemptView.CompetencyResult(right, of.size(), scaled(right, of.size()), reached,
                    reached ? blueprint.level() : null));
        });
        boolean passed = percent(points, max) >= blueprint.passMark() && allAreas;
        return new AttemptView.ResultView(points, max, scaled(points, max), blueprint.passMark(), passed, areas, competencies);
    }

    private static int percent(int right, int of) {
        return of == 0 ? 100 : (int) Math.floor(100.0 * right / of);
    }

    private static double scaled(int right, int of) {
        return of == 0 ? 0 : Math.round(10000.0 * right / of) / 10000.0;
    }
}
