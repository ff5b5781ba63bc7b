package org.hocvu.ui.facilitation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.facilitation.Claims;
import org.hocvu.lms.facilitation.FacilitationViews.ClaimCode;
import org.hocvu.lms.facilitation.FacilitationViews.HelpedPerson;
import org.hocvu.lms.facilitation.FacilitationViews.Mine;
import org.hocvu.lms.facilitation.FacilitationViews.SessionView;
import org.hocvu.lms.facilitation.FacilitationViews.TopicView;
import org.hocvu.lms.facilitation.Facilitators;
import org.hocvu.lms.facilitation.Reports;
import org.hocvu.lms.facilitation.Rosters;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The facilitator's page: today's and planned sessions, the people they helped and what each still
 * lacks, works without JavaScript; with it, the unit's list is kept on the device for the notebook
 * ({@code /facilitate/app}), the page shell the service worker keeps, which records sessions,
 * attendance, registrations and skills with or without a network. A person registered on the spot
 * gets their account code here, as a plain form.
 */
@Path("/facilitate")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FACILITATOR)
@NavEntry(label = "nav_facilitate", order = 55, roles = Roles.FACILITATOR)
public class FacilitatePage {
    @Inject
    PageContext page;
    @Inject
    Facilitators facilitators;
    @Inject
    Reports reports;
    @Inject
    Rosters rosters;
    @Inject
    Claims claims;

    /** A session as the list shows it. */
    public record SessionRow(String when, String place, String unitName, String topic, int attendees) {
    }

    /** A person helped, and the names of the indicators they have not reached yet. */
    public record PersonRow(String learnerId, String fullName, List<String> missing) {
    }

    public record Home(List<SessionRow> coming, List<SessionRow> past, List<PersonRow> people) {
    }

    @CheckedTemplate(basePath = "facilitation")
    static class Templates {
        static native TemplateInstance home(Chrome chrome, Home view, Map<String, String> texts);

        static native TemplateInstance app(Chrome chrome, Map<String, String> texts);

        static native TemplateInstance code(Chrome chrome, String name, ClaimCode code, String expires);

        static native TemplateInstance problem(Chrome chrome, String message, String back);
    }

    @GET
    public TemplateInstance home() {
        Mine mine = reports.mine(facilitators.of(page.identity()));
        List<TopicView> topics = rosters.topics();
        Instant today = LocalDate.now(FacilitationWords.VIETNAM).atStartOfDay(FacilitationWords.VIETNAM).toInstant();
        List<SessionView> sessions = mine.sessions().stream().sorted(Comparator.comparing(SessionView::startsAt)).toList();
        List<SessionRow> coming = sessions.stream().filter(s -> !s.startsAt().isBefore(today)).map(s -> row(s, topics)).toList();
        List<SessionRow> past = sessions.stream().filter(s -> s.startsAt().isBefore(today))
                .sorted(Comparator.comparing(SessionView::startsAt).reversed()).map(s -> row(s, topics)).toList();
        List<PersonRow> people = mine.people().stream().map(FacilitatePage::person).toList();
        return Templates.home(page.chrome(), new Home(coming, past, people), FacilitationWords.scriptTexts(page.locale()))
                .setLocale(page.locale());
    }

    /** The notebook: a shell without anyone's data (the script fills it from the device), kept by the service worker. */
    @GET
    @Path("app")
    public TemplateInstance app() {
        return Templates.app(page.chrome(), FacilitationWords.scriptTexts(page.locale())).setLocale(page.locale());
    }

    /** The one-time code a person registered on the spot claims their account with, shown big. */
    @POST
    @Path("people/{id}/claim-code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance claimCode(@PathParam("id") String id) {
        var facilitator = facilitators.of(page.identity());
        ClaimCode code = claims.issue(facilitator, FacilitationProblems.uuid(id, "id"));
        String name = reports.mine(facilitator).people().stream().filter(p -> p.learnerId().equals(code.learnerId()))
                .map(HelpedPerson::fullName).findFirst().orElse("");
        return Templates.code(page.chromeAt("/facilitate"), name, code, FacilitationWords.when(code.expiresAt()))
                .setLocale(page.locale());
    }

    /** A refusal of the facilitation services (outside the unit, no such person), as a page that says why. */
    @ServerExceptionMapper
    public Response refused(ApiException refused) {
        return FacilitationProblems.page(refused, Templates.problem(page.chromeAt("/facilitate"),
                FacilitationProblems.message(refused, page.locale()), "/facilitate").setLocale(page.locale()));
    }

    private static SessionRow row(SessionView s, List<TopicView> topics) {
        return new SessionRow(FacilitationWords.when(s.startsAt()), s.place(), s.unitName(),
                FacilitationWords.topicName(s.topic(), topics), s.attendees());
    }

    private static PersonRow person(HelpedPerson p) {
        return new PersonRow(p.learnerId().toString(), p.fullName(), p.missing().stream().map(m -> m.name()).toList());
    }
}
