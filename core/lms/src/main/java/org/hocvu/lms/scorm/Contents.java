package org.hocvu.lms.scorm;

import org.hocvu.lms.content.scorm.ScormStructure;
import org.hocvu.lms.content.scorm.ScormStructure.Item;
import org.hocvu.lms.content.scorm.ScormStructure.Prerequisite;
import org.hocvu.lms.scorm.ScormViews.Entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The table of contents of an attempt and the simple sequencing HọcVụ follows: an item is enabled
 * when its prerequisites are met (completed, or passed for a "satisfied" rule); flow goes to the
 * previous or next enabled launchable item in tree order; the SCO to open is the one asked for if
 * enabled, else the first enabled one not yet completed, else the first.
 */
record Contents(ScormStructure structure, Map<String, ScoState> states) {
    List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        add(structure.items(), 0, out);
        return out;
    }

    private void add(List<Item> items, int depth, List<Entry> out) {
        for (Item item : items) {
            out.add(new Entry(item.id(), item.title(), depth, item.launchable(),
                    item.launchable() ? status(states.get(item.id())) : "", item.launchable() && enabled(item)));
            add(item.children(), depth + 1, out);
        }
    }

    static String status(ScoState state) {
        if (state == null) {
            return "not attempted";
        }
        if (!state.success.equals("unknown")) {
            return state.success;
        }
        return state.completion.equals("unknown") ? (state.sessions > 0 ? "incomplete" : "not attempted") : state.completion;
    }

    boolean enabled(String id) {
        Item item = structure.item(id);
        return item != null && enabled(item);
    }

    private boolean enabled(Item item) {
        for (Prerequisite p : item.prerequisites()) {
            ScoState s = states.get(p.itemId());
            boolean met = s != null && (p.satisfied() ? s.success.equals("passed") : s.completed());
            if (!met) {
                return false;
            }
        }
        return true;
    }

    boolean allCompleted() {
        return structure.launchables().stream().allMatch(i -> states.containsKey(i.id()) && states.get(i.id()).completed());
    }

    String pick(String wanted) {
        if (wanted != null && enabled(wanted)) {
            return wanted;
        }
        List<Item> all = structure.launchables();
        return all.stream().filter(this::enabled).filter(i -> !(states.containsKey(i.id()) && states.get(i.id()).completed()))
                .findFirst().or(() -> all.stream().findFirst()).map(Item::id).orElse(null);
    }

    String previous(String id) {
        return step(id, -1);
    }

    String next(String id) {
        return step(id, 1);
    }

    private String step(String id, int direction) {
        List<Item> all = structure.launchables();
        int at = indexOf(all, id);
        for (int i = at + direction; at >= 0 && i >= 0 && i < all.size(); i += direction) {
            if (enabled(all.get(i))) {
                return all.get(i).id();
            }
        }
        return null;
    }

    private static int indexOf(List<Item> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
