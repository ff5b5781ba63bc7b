package org.hocvu.lms.certificate.verify;

import java.util.List;

/** What a verifier found: valid when nothing is wrong; each problem says what and where. */
public record Verification(List<String> problems) {
    public Verification {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
