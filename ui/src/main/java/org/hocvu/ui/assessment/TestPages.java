package org.hocvu.ui.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.assessment.AttemptService;
import org.hocvu.lms.assessment.AttemptView;
import org.hocvu.lms.assessment.ProfileService;
import org.hocvu.lms.assessment.CompetencyProfileView;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The standard test for people: the tests of one's groups, an attempt as one plain form (every answer
 * field in it, so it works without JavaScript; with the script each answer is saved as it is given and
 * kept in a local journal until the server has it), the result, and one's competency profile.
 */
@Path("/tests")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@NavEntry(label = "nav_tests", order = 25, roles = Roles.LEARNER)
public class TestPages {
    static final String PATH = "/tests";

    @Inject
    PageContext page;
    @Inject
    AttemptService attempts;
    @Inject
    ProfileService profiles;
    @Inject
    PluginRegistry plugins;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Chrome chrome, List<TestCard> tests);

        static native TemplateInstance take(Chrome chrome, AttemptView attempt, List<PageItem> items, boolean saved);

        static native TemplateInstance result(Chrome chrome, AttemptView attempt, List<PageItem> items);

        static native TemplateInstance competencies(Chrome chrome, CompetencyProfileView profile);
    }

    @GET
    public TemplateInstance list() {
        List<TestCard> tests = page.profile().targetGroups().stream().sorted().map(this::card).toList();
        return Templates.list(page.chrome(), tests).setLocale(page.locale());
    }

    private TestCard card(String testId) {
        PluginData p = plugins.plugin(testId);
        PluginData.Blueprint b = p.blueprint();
        return new TestCard(testId, p.texts().get("plugin.name", page.locale()), p.framework().level(b.level())
                .map(l -> l.name().in(page.locale())).orElse(b.level()), b.items(), b.timeLimitMinutes(), b.passMark(),
                b.attempts(), b.coolDownHours(), plugins.testBank(testId).usable());
    }

    @POST
    @Path("{testId}/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("testId") String testId) {
        MeView me = page.profile();
        AttemptView a = attempts.start(me.id(), me.targetGroups(), testId, page.locale()).attempt();
        return Response.seeOther(URI.create(PATH + "/attempts/" + a.id())).build();
    }

    @GET
    @Path("attempts/{id}")
    public TemplateInstance attempt(@PathParam("id") String id, @QueryParam("saved") String saved) {
        AttemptView a = attempts.get(page.profile().id(), attemptId(id), page.locale());
        List<PageItem> items = a.items().stream().map(PageItem::of).toList();
        Chrome chrome = page.chromeAt(PATH);
        return ("submitted".equals(a.status()) ? Templates.result(chrome, a, items) : Templates.take(chrome, a, items, saved != null))
                .setLocale(page.locale());
    }

    /** The whole form without JavaScript: every answer given is saved; "Nộp bài" then submits. */
    @POST
    @Path("attempts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveAll(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        UUID attempt = attemptId(id);
        UUID learner = page.profile().id();
        AttemptView a = attempts.get(learner, attempt, page.locale());
        if ("started".equals(a.status())) {
            for (AttemptView.FormItem item : a.items()) {
                FormAnswers.of(item, form).ifPresent(response -> attempts.respond(learner, attempt, item.itemId(), response));
            }
            if ("submit".equals(form.getFirst("action"))) {
                attempts.submit(learner, attempt, page.locale());
            }
        }
        boolean submitting = "submit".equals(form.getFirst("action"));
        return Response.seeOther(URI.create(PATH + "/attempts/" + attempt + (submitting ? "" : "?saved=1#saved"))).build();
    }

    /** One item's answer, as the script sends it the moment it is given; no fields for the item clears it. */
    @POST
    @Path("attempts/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public Response answer(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        UUID attempt = attemptId(id);
        UUID learner = page.profile().id();
        String itemId = Optional.ofNullable(form.getFirst("itemId")).orElse("");
        AttemptView a = attempts.get(learner, attempt, page.locale());
        AttemptView.FormItem item = a.items().stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElse(null);
        if (item == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        JsonNode response = FormAnswers.of(item, form).orElse(null);
        attempts.respond(learner, attempt, itemId, response);
        return Response.noContent().build();
    }

    @GET
    @Path("competencies")
    public TemplateInstance competencies() {
        MeView me = page.profile();
        return Templates.competencies(page.chromeAt(PATH), profiles.of(me.id(), me.targetGroups(), page.locale()))
                .setLocale(page.locale());
    }

    private static UUID attemptId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }
}
