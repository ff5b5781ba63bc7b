package org.hocvu.lms.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The one clock of the engine: inject {@link Clock} wherever time decides something (time limits,
 * cool-downs, deadlines, when an event happened), never {@code Instant.now()}, so a test can move
 * time with {@code QuarkusMock.installMockForType(Clock.fixed(...), Clock.class)}.
 */
public class Clocks {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
