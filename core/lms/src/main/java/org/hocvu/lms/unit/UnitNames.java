package org.hocvu.lms.unit;

import org.hocvu.lms.shared.TextSearch;

/** Search keys of unit names. */
final class UnitNames {
    private UnitNames() {
    }

    /** The folded name without its kind: "Tỉnh Đồng Tháp" (tỉnh) → "dong thap". */
    static String bare(String name, String kind) {
        String folded = TextSearch.fold(name);
        String prefix = TextSearch.fold(kind) + " ";
        return folded.startsWith(prefix) ? folded.substring(prefix.length()) : folded;
    }
}
