package org.hocvu.lms.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextSearchTest {
    @Test
    void foldsVietnameseAccentsCaseAndPunctuation() {
        assertEquals("dong thap", TextSearch.fold("Đồng Tháp"));
        assertEquals("dong thap", TextSearch.fold("  đồng   tháp "));
        assertEquals("van mieu quoc tu giam", TextSearch.fold("Văn Miếu - Quốc Tử Giám"));
        assertEquals("", TextSearch.fold(" -- "));
        assertEquals("", TextSearch.fold(null));
    }

    @Test
    void messagesFallBackToVietnameseAndFormatArguments() {
        assertEquals("Không có đơn vị hành chính mã \"x\".", Messages.get(java.util.Locale.FRENCH, "unit.not-found", "x"));
        assertEquals("Type at least one letter or digit of the unit's name to search.",
                Messages.get(java.util.Locale.ENGLISH, "unit.search.query-required"));
    }
}
