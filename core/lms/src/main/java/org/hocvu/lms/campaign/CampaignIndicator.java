package org.hocvu.lms.campaign;

import org.hocvu.lms.plugin.IndicatorKind;

import java.util.List;
import java.util.Map;

/** One indicator of one target group, as its plugin's indicators.yaml declares it, with its yearly default targets. */
public record CampaignIndicator(String group, String id, IndicatorKind kind, List<String> refs, Map<String, Integer> targets) {
    /** The plugin's target for the year in percent, or null when it sets none. */
    public Integer defaultTarget(int year) {
        return targets == null ? null : targets.get(Integer.toString(year));
    }

    /** The key campaign rows use: group and indicator. */
    public String key() {
        return group + "/" + id;
    }
}
