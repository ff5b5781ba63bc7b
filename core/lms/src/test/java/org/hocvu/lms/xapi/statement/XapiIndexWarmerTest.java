package org.hocvu.lms.xapi.statement;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.jdbc.Sql;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** V23_0 installs pg_prewarm where the server has it (the embedded one does); the warmer reads the whole index. */
@QuarkusTest
class XapiIndexWarmerTest {
    @Inject
    XapiIndexWarmer warmer;
    @Inject
    Sql sql;

    @Test
    void readsEveryPageOfTheStatementPrimaryKey() {
        long pages = sql.query("SELECT pg_relation_size(?::regclass) / current_setting('block_size')::bigint",
                ps -> ps.setString(1, XapiIndexWarmer.INDEX), rs -> rs.getLong(1)).get(0);
        assertTrue(pages > 0);
        assertEquals(pages, warmer.warm());
    }
}
