package org.hocvu.lms.shared;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * The language a JSON API request is answered in, chosen once per request: {@code ?lang=} when
 * it names a configured language, then the first configured one in Accept-Language, then the
 * default. Resources inject this instead of each taking a {@code lang} parameter and the headers;
 * the {@code lang} parameter is documented on every operation by {@link LanguageParameter}.
 */
@RequestScoped
public class RequestLanguage {
    public static final String PARAMETER = "lang";

    @Inject
    HttpServerRequest request;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            locale = of(request);
        }
        return locale;
    }

    /** The same choice where no request-scoped bean is at hand (exception mappers on the I/O thread). */
    public static Locale of(HttpServerRequest request) {
        if (request == null) {
            return Languages.configured().defaultLanguage();
        }
        return Languages.configured().choose(request.getParam(PARAMETER), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
