package org.hocvu.lms.assessment.importing;

import java.util.List;

/**
 * What an import of a question file carried over and what it did not: every question is either
 * imported (as a HọcVụ item type, with notes on what of it was left out) or skipped with the reason.
 */
public record ImportReport(String format, String charset, List<Imported> imported, List<Skipped> skipped) {
    public ImportReport {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
    }

    /** A question that became an item: its source type, the item's id and type, what was not carried over. */
    public record Imported(String name, String sourceType, String itemId, String itemType, List<String> notCarried) {
    }

    /** A question that is not an item: its source type and why. */
    public record Skipped(String name, String sourceType, String reason) {
    }
}
