package org.hocvu.lms.xapi.auth;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down secret guessing: a client (remote address and key) that fails to authenticate too
 * often in a window is refused with 429 until the window ends. Counted per node; behind N nodes a
 * client gets at most N times the limit, which still makes guessing 256-bit secrets hopeless.
 */
@ApplicationScoped
public class FailedAuthLimiter {
    private final Map<String, Window> failures = new ConcurrentHashMap<>();

    @ConfigProperty(name = "hocvu.xapi.auth.max-failures", defaultValue = "20")
    int maxFailures;
    @ConfigProperty(name = "hocvu.xapi.auth.failure-window-seconds", defaultValue = "60")
    int windowSeconds;

    private record Window(long start, int count) {
    }

    public boolean blocked(String client) {
        Window w = failures.get(client);
        return w != null && !expired(w) && w.count() >= maxFailures;
    }

    public void failed(String client) {
        failures.compute(client, (k, w) -> w == null || expired(w)
                ? new Window(System.currentTimeMillis(), 1)
                : new Window(w.start(), w.count() + 1));
        if (failures.size() > 100_000) {
            failures.values().removeIf(this::expired);
        }
    }

    private boolean expired(Window w) {
        return System.currentTimeMillis() - w.start() > windowSeconds * 1000L;
    }
}
