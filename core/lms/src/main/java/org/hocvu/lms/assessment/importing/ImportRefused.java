package org.hocvu.lms.assessment.importing;

/** A file that cannot be read as the format it claims: a message key of the assessment bundle and its arguments. */
public class ImportRefused extends Exception {
    private final transient Object[] args;

    public ImportRefused(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args;
    }
}
