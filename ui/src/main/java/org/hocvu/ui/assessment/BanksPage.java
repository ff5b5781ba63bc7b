package org.hocvu.ui.assessment;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.assessment.BankOverview;
import org.hocvu.lms.assessment.ImportService;
import org.hocvu.lms.assessment.PackageBanks;
import org.hocvu.lms.assessment.PluginBanks;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.plugin.Difficulty;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Languages;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.admin.AdminAccess;
import org.hocvu.ui.i18n.Texts;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Item banks for admins (a plain form, no script): every bank's current items by competency and
 * difficulty, the plugins' standard-test banks with their problems, the banks of published lesson
 * packages' quizzes with what was not carried over, and an import of a Moodle XML or
 * GIFT file whose report (each question carried over, with what was left out, or skipped and why) is
 * shown on the page it answers with.
 */
@Path(BanksPage.PATH)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class BanksPage {
    static final String PATH = "/admin/test-banks";
    private static final int RECENT_IMPORTS = 20;

    @Inject
    PageContext page;
    @Inject
    AdminAccess access;
    @Inject
    BankOverview overview;
    @Inject
    PluginBanks pluginBanks;
    @Inject
    PackageBanks packageBanks;
    @Inject
    ImportService imports;

    /**
     * @param done  the import just made, with its report; null when nothing was imported
     * @param error why an import was refused, in one sentence; null when it was not
     */
    public record View(List<BankOverview.BankContents> banks, List<PluginBanks.BankStatus> standardTests,
                       List<PackageBanks.PackageBankStatus> packageBanks, List<ImportService.ImportView> recent, ImportService.ImportView done, String error,
                       List<String> languages, Map<String, String> difficulties) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance banks(Chrome chrome, View view);
    }

    @GET
    public Response list() {
        return access.refusal(page, Roles.ADMIN, Roles.CAMPAIGN_ADMIN)
                .orElseGet(() -> render(Response.Status.OK, page.chrome(), null, null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file, @RestForm("competency") String competency,
                               @RestForm("difficulty") String difficulty, @RestForm("language") String language) {
        return access.refusal(page, Roles.ADMIN, Roles.CAMPAIGN_ADMIN).orElseGet(() -> {
            Chrome chrome = page.chromeAt(PATH);
            if (file == null || file.uploadedFile() == null || file.size() == 0) {
                return render(Response.Status.BAD_REQUEST, chrome, null, Texts.get(page.locale(), "banks_file_required"));
            }
            try {
                ImportService.ImportView done = imports.importUpload(file.uploadedFile(), file.size(), file.fileName(),
                        competency, difficulty, language, page.identity().getPrincipal().getName());
                return render(Response.Status.CREATED, chrome, done, null);
            } catch (ApiException refused) {
                return render(refused.status(), chrome, null, Messages.get(page.locale(), refused.messageKey(), refused.args()));
            }
        });
    }

    private Response render(Response.StatusType status, Chrome chrome, ImportService.ImportView done, String error) {
        Map<String, String> difficulties = new LinkedHashMap<>();
        for (Difficulty d : Difficulty.values()) {
            difficulties.put(d.dataName(), Texts.get(page.locale(), "banks_difficulty_" + d.dataName()));
        }
        View view = new View(overview.banks(), pluginBanks.statuses(), packageBanks.statuses(page.locale()),
                imports.recent(RECENT_IMPORTS), done, error,
                Languages.configured().codes(), difficulties);
        return Response.status(status).entity(Templates.banks(chrome, view).setLocale(page.locale())).build();
    }
}
