package org.hocvu.ui.campaign;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.campaign.LearnerLists;
import org.hocvu.lms.campaign.ProgressService;
import org.hocvu.lms.campaign.ProgressView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.admin.AdminAccess;
import org.hocvu.ui.i18n.PageTexts;
import org.hocvu.ui.layout.PageContext;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dashboard's tables as files: {@code /campaign/export/<table>.csv} or {@code .xlsx}, with the
 * same scope rules as the page. The {@code names} table (who has not yet passed or completed) is
 * served only to a commune's own manager: {@link LearnerLists} refuses everyone else, so no export
 * above the commune level carries a name.
 */
@Path(CampaignPage.PATH + "/export")
@Authenticated
public class CampaignExports {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String NAMES = "names";

    @Inject
    PageContext page;
    @Inject
    AdminAccess access;
    @Inject
    ProgressService progress;
    @Inject
    LearnerLists lists;
    @Inject
    Clock clock;

    @GET
    @Path("{table}.{format}")
    public Response export(@PathParam("table") String table, @PathParam("format") String format,
                           @QueryParam("unit") String unit, @QueryParam("year") String year) {
        Optional<Response> refused = access.refusal(page, Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN);
        if (refused.isPresent()) {
            return refused.get();
        }
        Function<String, String> text = key -> PageTexts.get(page.locale(), key);
        if (!format.equals("csv") && !format.equals("xlsx")) {
            return plain(Response.Status.NOT_FOUND, PageTexts.get(page.locale(), "campaign_export_format"));
        }
        try {
            String code;
            Optional<List<List<Object>>> rows;
            String suffix;
            if (NAMES.equals(table)) {
                var names = lists.notYetAchieved(page.identity(), unit, page.locale());
                code = names.unit().code();
                rows = Optional.of(CampaignTables.names(names, text));
                suffix = "";
            } else {
                ProgressView figures = progress.progress(page.identity(), unit, CampaignPage.year(year, clock), page.locale());
                code = figures.unit().code();
                rows = CampaignTables.table(table, figures, text);
                suffix = "-" + figures.year();
            }
            if (rows.isEmpty()) {
                return plain(Response.Status.NOT_FOUND, PageTexts.get(page.locale(), "campaign_export_unknown",
                        String.join(", ", CampaignTables.NAMES)));
            }
            String file = "campaign-" + table + "-" + code + suffix + "." + format;
            Response.ResponseBuilder ok = format.equals("csv")
                    ? Response.ok(CampaignTables.csv(rows.get()), "text/csv; charset=UTF-8")
                    : Response.ok(CampaignTables.xlsx(rows.get(), text.apply("campaign_sheet_" + table)), XLSX);
            return ok.header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
        } catch (ApiException e) {
            return plain(e.status(), Messages.get(page.locale(), e.messageKey(), e.args()));
        }
    }

    private static Response plain(Response.Status status, String message) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(message).build();
    }
}
