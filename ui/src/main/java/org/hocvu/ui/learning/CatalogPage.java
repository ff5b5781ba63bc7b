package org.hocvu.ui.learning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.content.catalog.CatalogEntry;
import org.hocvu.lms.content.catalog.CatalogService;
import org.hocvu.lms.course.CourseDirectory;
import org.hocvu.lms.course.EnrolmentService;
import org.hocvu.lms.course.PackageLinks;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Languages;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.ui.layout.Chrome;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;
import org.hocvu.ui.profile.GroupChoice;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Every published package, whatever its kind, filtered by group, competency, level and language and
 * searched accents aside ("dien thoai" finds "Điện thoại"); a signed-in person takes one more with
 * one button (a package on its own is open to everyone). A plain GET form: works without JavaScript.
 */
@Path("/catalog")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@NavEntry(label = "nav_catalog", order = 15)
public class CatalogPage {
    static final int PAGE_SIZE = 20;

    @Inject
    PageContext page;
    @Inject
    LearningProblems problems;
    @Inject
    CatalogService catalog;
    @Inject
    CourseDirectory courses;
    @Inject
    EnrolmentService enrolments;
    @Inject
    PluginRegistry plugins;

    /** One package as the list shows it; {@code courseHref} is the course it belongs to for this learner. */
    public record Item(String packageId, String title, String summary, String kind, Integer minutes,
                       List<String> languages, String groups, String courseHref, boolean enrolled) {
    }

    /** The filters as typed, the groups and languages to choose from, and a page of packages. */
    public record CatalogView(String q, String group, String competency, String level, String language,
                              List<GroupChoice> groups, List<String> languages, Page<Item> results, String prevHref,
                              String nextHref) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Chrome chrome, CatalogView view);
    }

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("group") String group,
                         @QueryParam("competency") String competency, @QueryParam("level") String level,
                         @QueryParam("language") String language, @QueryParam("page") String pageNumber) {
        Locale locale = page.locale();
        MeView me = page.profile();
        PageRequest request = PageRequest.of(pageNumber, String.valueOf(PAGE_SIZE));
        Page<CatalogEntry> found = catalog.list(group, competency, level, language, q, request);
        java.util.Set<String> enrolled = new java.util.HashSet<>();
        enrolments.enrolments(me.id()).forEach(e -> enrolled.add(e.courseId()));
        List<Item> items = found.items().stream().map(e -> item(e, me, enrolled, locale)).toList();
        Page<Item> results = Page.of(items, request, found.total());
        List<GroupChoice> groups = plugins.targetGroupIds().stream()
                .map(id -> new GroupChoice(id, plugins.groupName(id, locale), id.equals(group))).toList();
        String base = "/catalog?" + query("q", q) + query("group", group) + query("competency", competency)
                + query("level", level) + query("language", language);
        int current = request.page();
        String prev = current > 0 ? base + "page=" + (current - 1) : null;
        String next = (long) (current + 1) * request.size() < found.total() ? base + "page=" + (current + 1) : null;
        CatalogView view = new CatalogView(q, group, competency, level, language, groups,
                Languages.configured().codes(), results, prev, next);
        return Response.ok(Templates.list(page.chrome(), view).setLocale(locale)).build();
    }

    /** "Học gói này": the package as a course of its own, open to everyone signed in. */
    @POST
    @Path("enrol")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enrol(@FormParam("packageId") String packageId) {
        if (packageId == null || packageId.isBlank() || packageId.length() > 100) {
            throw ApiException.badRequest("packageId", "course.package.not-found", String.valueOf(packageId));
        }
        MeView me = page.profile();
        String courseId = courseFor(packageId, me);
        enrolments.selfEnrol(me.id(), me.targetGroups(), java.util.Map.of(), courseId, page.locale());
        return Response.seeOther(URI.create(PackageLinks.course(courseId) + "?enrolled=1")).build();
    }

    private Item item(CatalogEntry e, MeView me, java.util.Set<String> enrolled, Locale locale) {
        String courseId = courseFor(e.packageId(), me);
        String groups = String.join(", ", e.targetGroups().stream().map(g -> plugins.groupName(g, locale)).toList());
        return new Item(e.packageId(), text(e.title(), locale, e.packageId()), text(e.summary(), locale, ""), e.kind(),
                e.estimatedMinutes(), e.languages(), groups, PackageLinks.course(courseId), enrolled.contains(courseId));
    }

    /** The learner's own group's course holding the package, else the package on its own. */
    private String courseFor(String packageId, MeView me) {
        return courses.containing(packageId).stream().filter(c -> me.targetGroups().contains(c.group()))
                .map(org.hocvu.lms.course.Course::id).findFirst().orElse(packageId);
    }

    private static String text(java.util.Map<String, String> texts, Locale locale, String fallback) {
        if (texts == null || texts.isEmpty()) {
            return fallback;
        }
        return texts.getOrDefault(locale.getLanguage(), texts.getOrDefault("vi", texts.values().iterator().next()));
    }

    private static String query(String name, String value) {
        return value == null || value.isBlank() ? "" : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&";
    }

    /** A refusal of this page's service, shown as a page that says why. */
    @ServerExceptionMapper
    public Response refused(ApiException refused) {
        return problems.page(refused);
    }
}
