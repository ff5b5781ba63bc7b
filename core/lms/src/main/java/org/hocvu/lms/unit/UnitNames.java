package org.hocvu.lms.unit;

import org.hocvu.lms.shared.TextSearch;

import java.util.List;

/** Search keys of unit names. */
final class UnitNames {
    /** The kinds a unit's name may start with ("Huyện Cao Lãnh"), folded. */
    static final List<String> KINDS = List.of("thanh pho", "thi tran", "thi xa", "dac khu", "tinh", "quan", "huyen",
            "phuong", "xa");

    private UnitNames() {
    }

    /** The folded name without its kind: "Tỉnh Đồng Tháp" (tỉnh) → "dong thap". */
    static String bare(String name, String kind) {
        String folded = TextSearch.fold(name);
        String prefix = TextSearch.fold(kind) + " ";
        return folded.startsWith(prefix) ? folded.substring(prefix.length()) : folded;
    }

    /**
     * A unit's full search key: its folded name, then its parent's bare name and everything above
     * the parent ("thon 3 tan hoa tay ninh"), so "commune, province" queries match one contiguous text.
     */
    static String full(String searchName, String parentBare, String parentSearchName, String parentFull) {
        String aboveParent = parentFull == null ? "" : parentFull.substring(Math.min(parentSearchName.length(), parentFull.length()));
        return searchName + " " + parentBare + aboveParent;
    }
}
