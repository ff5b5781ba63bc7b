package org.hocvu.lms.unit;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.testsupport.JdbcRoundTrips;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Units read from memory once known, and never stale on this node: a unit added, moved, renamed or
 * closed reads as it now is, a refused change leaves it as it was, and a known unit costs no SQL.
 */
@QuarkusTest
class KnownUnitsTest {
    private static final String COMMUNE = "28249";
    private static final String OTHER_COMMUNE = "28261";

    @Inject
    UnitService units;
    @Inject
    UnitEditing editing;

    @Test
    void aKnownUnitIsReadFromMemoryAndEveryChangeShowsAtOnce() {
        assertFalse(units.exists("no-such-unit"));
        String hamlet = units.create(new NewUnit(COMMUNE, "Ấp Nhớ Sẵn", "ấp", null)).code();
        assertTrue(units.exists(hamlet), "a unit added after the codes around it were read");
        assertTrue(units.isWithin(hamlet, COMMUNE));
        assertNoSql(hamlet, COMMUNE);

        editing.change(hamlet, new UnitChange(null, null, OTHER_COMMUNE));
        assertFalse(units.isWithin(hamlet, COMMUNE), "moved away");
        assertTrue(units.isWithin(hamlet, OTHER_COMMUNE));
        assertEquals(OTHER_COMMUNE, units.get(hamlet).parentCode());
        assertNoSql(hamlet, OTHER_COMMUNE);

        String below = units.create(new NewUnit(hamlet, "Tổ Nhớ Sẵn", "tổ", null)).code();
        assertTrue(units.isWithin(below, OTHER_COMMUNE));
        assertThrows(ApiException.class, () -> editing.change(hamlet, new UnitChange(null, null, below)), "a move below itself");
        assertTrue(units.isWithin(hamlet, OTHER_COMMUNE), "a refused change changes nothing");
        assertNoSql(hamlet, OTHER_COMMUNE);

        editing.change(hamlet, new UnitChange("Ấp Nhớ Sẵn Mới", null, null));
        assertEquals("Ấp Nhớ Sẵn Mới", units.get(hamlet).name());
        editing.close(below);
        assertTrue(units.get(below).closed());
        assertNoSql(below, hamlet);
    }

    /** Once read, a unit's existence, place and view cost no statement. */
    private void assertNoSql(String code, String ancestor) {
        units.get(code);
        JdbcRoundTrips.Count warm = JdbcRoundTrips.of(() -> {
            assertTrue(units.exists(code));
            assertTrue(units.isWithin(code, ancestor));
            assertEquals(code, units.get(code).code());
        });
        assertEquals(0, warm.statements(), warm::toString);
    }
}
