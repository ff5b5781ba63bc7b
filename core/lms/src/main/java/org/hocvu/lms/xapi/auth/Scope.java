package org.hocvu.lms.xapi.auth;

import java.util.Arrays;
import java.util.Optional;

/** The xAPI authorization scopes (Communication 4.2) a credential is granted. */
public enum Scope {
    STATEMENTS_WRITE("statements/write"),
    STATEMENTS_READ_MINE("statements/read/mine"),
    STATEMENTS_READ("statements/read"),
    STATE("state"),
    DEFINE("define"),
    PROFILE("profile"),
    ALL_READ("all/read"),
    ALL("all");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<Scope> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
