package org.hocvu.ui.facilitation;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;

import java.util.Locale;
import java.util.UUID;

/** The facilitation pages' refusals: the engine's keyed message, on a page, with the status it gave. */
final class FacilitationProblems {
    private FacilitationProblems() {
    }

    static String message(ApiException refused, Locale locale) {
        return Messages.get(locale, refused.messageKey(), refused.args());
    }

    static Response page(ApiException refused, TemplateInstance shown) {
        return Response.status(refused.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(shown.render()).build();
    }

    /** An id in a page's path or form: a UUID, else the same keyed 400 the API gives. */
    static UUID uuid(String text, String field) {
        try {
            if (text != null && text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException notOne) {
            // answered below
        }
        throw ApiException.badRequest(field, "facilitation.id.invalid", field);
    }
}
