package org.hocvu.lms.campaign;

import org.hocvu.lms.campaign.ProgressView.UnitRef;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Cached figures are written as JSON once per path a reader may see, each reader getting their own path. */
class ProgressJsonTest {
    private static final UnitRef PROVINCE = new UnitRef("82", "Tỉnh Đồng Tháp", "tỉnh");
    private static final UnitRef COMMUNE = new UnitRef("28273", "Xã Thử", "xã");
    private static final UnitRef HAMLET = new UnitRef("28273.1", "Ấp Thử", "ấp");

    private final List<List<UnitRef>> written = new ArrayList<>();

    private byte[] write(ProgressView view) {
        written.add(view.path());
        return view.path().stream().map(UnitRef::code).toList().toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachVisiblePathIsWrittenOnceAndServedAsItsReadersSeeIt() {
        ProgressCache.Entry entry = new ProgressCache.Entry(new ProgressView(HAMLET, 2026, LocalDate.of(2026, 3, 1),
                List.of(PROVINCE, COMMUNE, HAMLET), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));

        byte[] admin = entry.json(List.of(PROVINCE, COMMUNE, HAMLET), this::write);
        assertSame(admin, entry.json(List.of(PROVINCE, COMMUNE, HAMLET), this::write), "kept");
        byte[] manager = entry.json(List.of(COMMUNE, HAMLET), this::write);
        assertSame(manager, entry.json(List.of(COMMUNE, HAMLET), this::write), "kept apart from the admin's");
        assertArrayEquals("[82, 28273, 28273.1]".getBytes(StandardCharsets.UTF_8), admin);
        assertArrayEquals("[28273, 28273.1]".getBytes(StandardCharsets.UTF_8), manager);
        assertEquals(2, written.size());

        entry.json(List.of(PROVINCE), this::write);
        entry.json(List.of(PROVINCE), this::write);
        assertEquals(List.of(PROVINCE), written.get(3), "a path that is not the lower end is written as asked, never kept");
        assertEquals(4, written.size());
    }
}
