package org.hocvu.ui.campaign;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.campaign.Baselines;
import org.hocvu.lms.campaign.CampaignIndicator;
import org.hocvu.lms.campaign.CampaignScope;
import org.hocvu.lms.campaign.ImportLog;
import org.hocvu.lms.campaign.ImportedFigures;
import org.hocvu.lms.campaign.IndicatorCatalog;
import org.hocvu.lms.campaign.NewResponsibility;
import org.hocvu.lms.campaign.ProgressService;
import org.hocvu.lms.campaign.ProgressView;
import org.hocvu.lms.campaign.Responsibilities;
import org.hocvu.lms.campaign.TargetChange;
import org.hocvu.lms.campaign.Targets;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.admin.AdminAccess;
import org.hocvu.ui.i18n.PageTexts;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The campaign admin's page: load baselines and figures other systems know (CSV, each with its
 * report per row), set a unit's target, name who answers for it by when, see the responsibilities
 * of their unit with the overdue ones flagged, and the latest imports with their refused rows.
 * Plain forms, no JavaScript; the same services and checks as the JSON API.
 */
@Path(CampaignAdminPage.PATH)
@Produces(MediaType.TEXT_HTML)
@Authenticated
@NavEntry(label = "nav_campaign_admin", order = 61, roles = {Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
public class CampaignAdminPage {
    static final String PATH = "/campaign/admin";

    @Inject
    PageContext page;
    @Inject
    AdminAccess access;
    @Inject
    Baselines baselines;
    @Inject
    ImportedFigures figures;
    @Inject
    ImportLog imports;
    @Inject
    Targets targets;
    @Inject
    Responsibilities responsibilities;
    @Inject
    IndicatorCatalog catalog;
    @Inject
    CampaignScope scope;
    @Inject
    ProgressService progress;
    @Inject
    Clock clock;

    /** An indicator one may choose: {@code value} is "group/indicator". */
    public record Choice(String value, String label) {
    }

    /**
     * What the page shows; {@code report} is the last upload's result (imported, refused, the
     * refused rows), {@code done} a confirmation, {@code error} why the last form was refused.
     */
    public record View(String unit, int year, List<Choice> indicators, ProgressView progress, List<ImportLog.Entry> imports,
                       ImportLog.Entry report, String done, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(Chrome chrome, View view);
    }

    @GET
    public Response show(@QueryParam("unit") String unit, @QueryParam("done") String done) {
        return allowed(() -> page(200, unit, done == null ? null : PageTexts.get(page.locale(), "campaign_admin_done_" + done(done)),
                null, null));
    }

    @POST
    @Path("baselines")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadBaselines(@RestForm("file") FileUpload file) {
        return allowed(() -> upload(file, csv -> baselines.importCsv(csv, who(), page.locale())));
    }

    @POST
    @Path("figures")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadFigures(@RestForm("file") FileUpload file) {
        return allowed(() -> upload(file, csv -> figures.importCsv(csv, who(), page.locale())));
    }

    @POST
    @Path("targets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setTarget(@RestForm String year, @RestForm String indicator, @RestForm String unit, @RestForm String percent) {
        return allowed(() -> change(unit, "target", () -> targets.set(new TargetChange(number(year), group(indicator),
                id(indicator), trimmed(unit), number(percent)), who())));
    }

    @POST
    @Path("responsibilities")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@RestForm String year, @RestForm String indicator, @RestForm String unit, @RestForm String organisation,
                           @RestForm String person, @RestForm String deadline) {
        return allowed(() -> change(unit, "responsibility", () -> responsibilities.assign(new NewResponsibility(number(year),
                group(indicator), id(indicator), trimmed(unit), organisation, person, date(deadline)), who())));
    }

    private Response upload(FileUpload file, java.util.function.Function<byte[], Object> importer) {
        if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
            return page(400, null, null, PageTexts.get(page.locale(), "campaign_admin_no_file"), null);
        }
        try {
            if (Files.size(file.uploadedFile()) > Baselines.MAX_BYTES) {
                throw ApiException.badRequest("file", "campaign.csv.too-big", Baselines.MAX_BYTES / 1024 / 1024);
            }
            importer.apply(Files.readAllBytes(file.uploadedFile()));
        } catch (ApiException refused) {
            return page(refused.status().getStatusCode(), null, null, Messages.get(page.locale(), refused.messageKey(), refused.args()), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the import just logged: the newest of this person's
        Optional<ImportLog.Entry> mine = imports.latest(ImportLog.LATEST).stream().filter(e -> e.by().equals(who())).findFirst();
        return page(200, null, null, null, mine.orElse(null));
    }

    private Response change(String unit, String what, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create(PATH + "?done=" + what + (unit == null || unit.isBlank() ? "" : "&unit=" + unit.trim())))
                    .build();
        } catch (ApiException refused) {
            return page(refused.status().getStatusCode(), unit, null, Messages.get(page.locale(), refused.messageKey(), refused.args()),
                    null);
        }
    }

    private Response page(int status, String unit, String done, String error, ImportLog.Entry report) {
        int year = LocalDate.now(clock).getYear();
        String code = unit != null && !unit.isBlank() && scope.mayRead(page.identity(), unit.trim()) ? unit.trim()
                : scope.home(page.identity()).orElse(null);
        ProgressView figures = null;
        if (code != null) {
            try {
                figures = progress.progress(page.identity(), code, year, page.locale());
            } catch (ApiException unknown) {
                code = null;
            }
        }
        List<Choice> indicators = catalog.all().stream().map(i -> new Choice(i.key(), label(i))).toList();
        View view = new View(code, year, indicators, figures, imports.latest(ImportLog.LATEST), report, done, error);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.admin(page.chromeAt(PATH), view).setLocale(page.locale())).build();
    }

    private String label(CampaignIndicator i) {
        return catalog.groupName(i.group(), page.locale()) + ": " + catalog.indicatorName(i.group(), i.id(), page.locale());
    }

    private Response allowed(Supplier<Response> action) {
        Optional<Response> refused = access.refusal(page, Roles.CAMPAIGN_ADMIN, Roles.ADMIN);
        return refused.orElseGet(action);
    }

    private String who() {
        return page.identity().getPrincipal().getName();
    }

    private static String done(String done) {
        return "target".equals(done) ? "target" : "responsibility";
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }

    private static String group(String key) {
        return key == null || !key.contains("/") ? key : key.substring(0, key.indexOf('/'));
    }

    private static String id(String key) {
        return key == null || !key.contains("/") ? null : key.substring(key.indexOf('/') + 1);
    }

    private static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
