package org.hocvu.lms.competency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.shared.ApiError;
import org.hocvu.lms.shared.Messages;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A refused CASE file answers the JSON API's one error body: 400, the problems in the caller's language
 * (at most {@link CaseProblems#LISTED}, then how many more), and the first problem's path as the field.
 */
public class CaseImportErrors {

    @ServerExceptionMapper
    public Response refused(CaseImportRefused e, HttpHeaders headers) {
        Locale locale = headers == null ? Messages.VIETNAMESE : Messages.fromAcceptLanguage(headers.getAcceptableLanguages());
        String listed = e.problems().stream().map(p -> p.in(locale)).collect(Collectors.joining("; "));
        int more = e.count() - e.problems().size();
        String message = Messages.get(locale, "competency.case.invalid", listed)
                + (more > 0 ? " " + Messages.get(locale, "competency.case.more-problems", more) : "");
        String field = e.problems().isEmpty() ? null : e.problems().get(0).path();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(400, Response.Status.BAD_REQUEST.getReasonPhrase(), message, field)).build();
    }
}
