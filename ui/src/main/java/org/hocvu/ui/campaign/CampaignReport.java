package org.hocvu.ui.campaign;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.campaign.ProgressService;
import org.hocvu.lms.campaign.ProgressView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.admin.AdminAccess;
import org.hocvu.ui.i18n.PageTexts;
import org.hocvu.ui.layout.PageContext;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The printable monthly report of a unit, {@code /campaign/report.pdf?unit=&year=&month=}: the
 * figures as they stood at the end of the month, the monthly trend (bars and numbers), the units
 * below furthest behind first and the overdue responsibilities. HTML from a template, laid out by
 * openhtmltopdf on PDFBox with DejaVu Sans embedded, so Vietnamese prints on any reader. The same
 * scope as the dashboard.
 */
@Path(CampaignPage.PATH + "/report.pdf")
@Authenticated
public class CampaignReport {
    static final String FONT = "DejaVu Sans";
    /** Lines of the report's ranking: the units furthest behind. */
    static final int RANKED = 15;

    @Inject
    PageContext page;
    @Inject
    AdminAccess access;
    @Inject
    ProgressService progress;
    @Inject
    Clock clock;

    /** What the report shows; {@code lines} are the trend's with a baseline, as bars 0–100%. */
    public record Report(ProgressView progress, String month, List<TrendChart.Line> lines, List<ProgressView.Standing> ranked) {
        /** A bar's height in points for a percent (null: no bar). */
        public int bar(Double percent) {
            return percent == null ? 0 : (int) Math.round(Math.min(percent, 100) * 0.6);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Report report);
    }

    @GET
    public Response report(@QueryParam("unit") String unit, @QueryParam("year") String year, @QueryParam("month") String month) {
        Optional<Response> refused = access.refusal(page, Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            Integer y = CampaignPage.year(year, clock);
            Integer m = month(month, y);
            ProgressView figures = progress.progress(page.identity(), unit, y, m, page.locale());
            String monthLabel = PageTexts.get(page.locale(), "campaign_report_month",
                    String.valueOf(figures.asOf().getMonthValue()), String.valueOf(figures.year()));
            List<ProgressView.Standing> ranked = figures.unitsBelow().stream().limit(RANKED).toList();
            String html = Templates.report(new Report(figures, monthLabel, TrendChart.lines(figures), ranked))
                    .setLocale(page.locale()).render();
            return Response.ok(pdf(html), "application/pdf")
                    .header("Content-Disposition", "inline; filename=\"campaign-report-" + figures.unit().code() + "-"
                            + figures.asOf().toString().substring(0, 7) + ".pdf\"").build();
        } catch (ApiException e) {
            return Response.status(e.status()).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity(Messages.get(page.locale(), e.messageKey(), e.args())).build();
        }
    }

    /** The month asked for; blank: this month in this year, else December. Out of range: the service's 400. */
    private Integer month(String month, Integer year) {
        if (month == null || month.isBlank()) {
            LocalDate today = LocalDate.now(clock);
            return year != null && year == today.getYear() ? today.getMonthValue() : 12;
        }
        try {
            return Integer.valueOf(month.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = CampaignReport.class.getResourceAsStream("/campaign/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("the report's font " + file + " is missing from the application");
        }
        return in;
    }
}
