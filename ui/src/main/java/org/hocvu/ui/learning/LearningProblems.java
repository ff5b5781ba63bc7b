package org.hocvu.ui.learning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;

/**
 * A refusal of the learning pages (no such package or lesson, a course not open to the learner, an
 * id already used) as a page in the person's language saying why, with the status the API gives.
 */
@RequestScoped
public class LearningProblems {
    @Inject
    PageContext page;

    @CheckedTemplate(basePath = "learning")
    static class Templates {
        static native TemplateInstance problem(Chrome chrome, int status, String message);
    }

    public Response page(ApiException refused) {
        String message = Messages.get(page.locale(), refused.messageKey(), refused.args());
        return Response.status(refused.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(page.chromeAt("/"), refused.status().getStatusCode(), message)
                        .setLocale(page.locale()).render())
                .build();
    }
}
