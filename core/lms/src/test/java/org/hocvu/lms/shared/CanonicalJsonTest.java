package org.hocvu.lms.shared;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CanonicalJsonTest {
    @Test
    void keyOrderDoesNotMatterButContentDoes() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", "x");
        a.put("levels", List.of(Map.of("code", "L1", "step", "1")));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("levels", List.of(Map.of("step", "1", "code", "L1")));
        b.put("id", "x");
        assertEquals("{\"id\":\"x\",\"levels\":[{\"code\":\"L1\",\"step\":\"1\"}]}", CanonicalJson.of(a));
        assertEquals(CanonicalJson.sha256(a), CanonicalJson.sha256(b));
        b.put("id", "y");
        assertNotEquals(CanonicalJson.sha256(a), CanonicalJson.sha256(b));
    }
}
