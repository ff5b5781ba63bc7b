package org.hocvu.lms.xapi;

/**
 * A request the LRS refuses: the HTTP status and a message key of the {@code i18n/xapi} bundle.
 * For statement validation the first argument is the path of the offending property.
 */
public class XapiException extends RuntimeException {
    private final int status;
    private final String messageKey;
    private final transient Object[] args;

    public XapiException(int status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static XapiException badRequest(String messageKey, Object... args) {
        return new XapiException(400, messageKey, args);
    }

    /** A statement (or document parameter) breaks a rule of the Data part at {@code path}. */
    public static XapiException invalid(String path, String messageKey, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = path.isEmpty() ? "statement" : path;
        System.arraycopy(args, 0, all, 1, args.length);
        return new XapiException(400, messageKey, all);
    }

    public static XapiException notFound(String messageKey, Object... args) {
        return new XapiException(404, messageKey, args);
    }

    public static XapiException conflict(String messageKey, Object... args) {
        return new XapiException(409, messageKey, args);
    }

    public static XapiException forbidden(String messageKey, Object... args) {
        return new XapiException(403, messageKey, args);
    }

    public static XapiException preconditionFailed(String messageKey, Object... args) {
        return new XapiException(412, messageKey, args);
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
