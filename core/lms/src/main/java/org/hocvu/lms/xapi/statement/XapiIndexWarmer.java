package org.hocvu.lms.xapi.statement;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.xapi.jdbc.Sql;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Reads the statement store's primary key into PostgreSQL's cache once at start, in the background
 * (V23_0__xapi_prewarm.sql says why). Its pages then stay by use: every statement query ends with a
 * lookup there. Nothing happens where the server lacks pg_prewarm.
 */
@ApplicationScoped
public class XapiIndexWarmer {
    private static final Logger LOG = Logger.getLogger(XapiIndexWarmer.class);
    static final String INDEX = "xapi_statement_pkey";

    @ConfigProperty(name = "hocvu.xapi.prewarm", defaultValue = "true")
    boolean enabled;
    @Inject
    Sql sql;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        Thread warming = new Thread(this::warm, "xapi-prewarm");
        warming.setDaemon(true);
        warming.start();
    }

    /** The pages read, or -1 when the server has no pg_prewarm. */
    long warm() {
        try {
            List<Boolean> installed = sql.query("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_prewarm')",
                    ps -> { }, rs -> rs.getBoolean(1));
            if (!installed.get(0)) {
                LOG.info("pg_prewarm is not installed: the statement index warms by use");
                return -1;
            }
            long started = System.nanoTime();
            long pages = sql.query("SELECT pg_prewarm(?::regclass)", ps -> ps.setString(1, INDEX), rs -> rs.getLong(1)).get(0);
            LOG.infof("%s read into the cache: %d pages in %d ms", INDEX, pages, (System.nanoTime() - started) / 1_000_000);
            return pages;
        } catch (RuntimeException e) {
            LOG.warnf("%s not prewarmed: %s", INDEX, e.getMessage());
            return -1;
        }
    }
}
