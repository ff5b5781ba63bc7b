package org.hocvu.lms.unit;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class OfficialUnitsLoaderTest {
    @Inject
    OfficialUnitsLoader loader;

    @Test
    void theOfficialListHas34ProvincesAnd3321Communes() {
        var rows = OfficialUnitsLoader.read();
        assertEquals(34, rows.stream().filter(r -> r.depth() == 1).count());
        assertEquals(3321, rows.stream().filter(r -> r.depth() == 2).count());
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = count();
        loader.onStart(null);
        assertEquals(before, count());
        assertEquals(34 + 3321, officialCount());
    }

    @Transactional
    long count() {
        return AdminUnit.count();
    }

    @Transactional
    long officialCount() {
        return AdminUnit.count("official", true);
    }
}
