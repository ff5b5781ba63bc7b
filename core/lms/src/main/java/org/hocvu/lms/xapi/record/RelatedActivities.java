package org.hocvu.lms.xapi.record;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hocvu.lms.xapi.json.XapiJson;
import org.hocvu.lms.xapi.vocabulary.Activity;

import java.util.List;

/**
 * A statement's context activities (Data 2.4.6.2): the parent (a lesson's package version, a
 * quiz item's lesson), the grouping (the course, the target group's curriculum) and the category
 * (a profile such as cmi5's).
 */
public record RelatedActivities(List<Activity> parent, List<Activity> grouping, List<Activity> category) {
    public static final RelatedActivities NONE = new RelatedActivities(List.of(), List.of(), List.of());

    public RelatedActivities {
        parent = parent == null ? List.of() : List.copyOf(parent);
        grouping = grouping == null ? List.of() : List.copyOf(grouping);
        category = category == null ? List.of() : List.copyOf(category);
    }

    public static RelatedActivities in(Activity parent, Activity... grouping) {
        return new RelatedActivities(List.of(parent), List.of(grouping), List.of());
    }

    public boolean isEmpty() {
        return parent.isEmpty() && grouping.isEmpty() && category.isEmpty();
    }

    ObjectNode toJson() {
        ObjectNode kinds = XapiJson.object();
        put(kinds, "parent", parent);
        put(kinds, "grouping", grouping);
        put(kinds, "category", category);
        return kinds;
    }

    private static void put(ObjectNode kinds, String kind, List<Activity> activities) {
        if (!activities.isEmpty()) {
            ArrayNode list = kinds.putArray(kind);
            activities.forEach(a -> list.add(a.toJson()));
        }
    }
}
