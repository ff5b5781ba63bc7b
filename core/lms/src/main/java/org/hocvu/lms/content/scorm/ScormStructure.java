package org.hocvu.lms.content.scorm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What HọcVụ keeps of a SCORM manifest's default organization: the tree of items, the launch of
 * each SCO (resource href, xml:base and item parameters joined, relative to the package root),
 * and the part of SCORM 2004 sequencing HọcVụ follows (control mode choice and flow, and
 * prerequisites from "disabled" pre-condition rules that read a global objective another item writes).
 * It is read again from the stored manifest when a learner plays the package, so nothing of it is
 * stored twice.
 */
public record ScormStructure(ScormVersion version, String identifier, Map<String, String> title, String language,
                             boolean choice, boolean flow, List<Item> items) {
    /**
     * An item: a SCO or asset when {@code launch} is set, otherwise a cluster of {@code children}.
     * {@code prerequisites} are the ids of items that must be completed ({@code completed}) or
     * passed ({@code satisfied}) first; {@code masteryScore} is 1.2's adlcp:masteryscore (0..100)
     * or 2004's scaled passing score times 100, null when the manifest gives none.
     */
    public record Item(String id, String title, String launch, boolean sco, String launchData, Double masteryScore,
                       List<Prerequisite> prerequisites, List<Item> children) {
        public boolean launchable() {
            return launch != null;
        }
    }

    /** A condition another item must meet: {@code satisfied} (passed) or {@code completed}. */
    public record Prerequisite(String itemId, boolean satisfied) {
    }

    /** Launchable items in the order of the tree (the flow order). */
    public List<Item> launchables() {
        List<Item> out = new ArrayList<>();
        collect(items, out);
        return out;
    }

    public Item item(String id) {
        return launchables().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    private static void collect(List<Item> items, List<Item> out) {
        for (Item item : items) {
            if (item.launchable()) {
                out.add(item);
            }
            collect(item.children(), out);
        }
    }
}
