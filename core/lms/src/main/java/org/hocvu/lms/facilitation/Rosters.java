package org.hocvu.lms.facilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.content.catalog.CatalogEntry;
import org.hocvu.lms.content.catalog.CatalogService;
import org.hocvu.lms.course.Course;
import org.hocvu.lms.course.CourseDirectory;
import org.hocvu.lms.facilitation.FacilitationViews.RosterEntry;
import org.hocvu.lms.facilitation.FacilitationViews.RosterExport;
import org.hocvu.lms.facilitation.FacilitationViews.SkillView;
import org.hocvu.lms.facilitation.FacilitationViews.TopicView;
import org.hocvu.lms.identity.LearnerDirectory;
import org.hocvu.lms.identity.LearnerListing;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.lms.shared.RequestLanguage;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.unit.UnitView;
import org.hocvu.lms.xapi.vocabulary.Activities;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The learners a facilitator takes attendance from, and what a session can be about. */
@ApplicationScoped
public class Rosters {
    /** Searches longer than this are refused before the database sees them. */
    static final int MAX_QUERY = 100;
    /** A unit tree this wide is a province, not a place a team works in: the roster asks for a smaller unit. */
    static final int MAX_UNITS = 2_000;

    @Inject
    Facilitators facilitators;
    @Inject
    UnitService units;
    @Inject
    LearnerDirectory directory;
    @Inject
    PluginRegistry plugins;
    @Inject
    CourseDirectory courses;
    @Inject
    CatalogService catalog;
    @Inject
    Activities activities;
    @Inject
    RequestLanguage language;
    @Inject
    Clock clock;
    @ConfigProperty(name = "hocvu.facilitation.export-limit", defaultValue = "5000")
    int exportLimit;

    public Page<RosterEntry> roster(Facilitator f, String unit, String q, String birthYear, PageRequest page) {
        if (q != null && q.length() > MAX_QUERY) {
            throw ApiException.badRequest("q", "facilitation.roster.query-too-long", MAX_QUERY);
        }
        Integer year = birthYear == null || birthYear.isBlank() ? null : Limits.birthYear(birthYear, clock);
        Map<String, String> names = unitsBelow(f, unit);
        return directory.roster(names.keySet(), q, year, page).map(l -> entry(l, names));
    }

    /** The whole list of a unit and below for the device, or 413 when longer than the stated limit. */
    public RosterExport export(Facilitator f, String unit) {
        Map<String, String> names = unitsBelow(f, unit);
        Page<LearnerListing> first = directory.roster(names.keySet(), null, null, new PageRequest(0, PageRequest.MAX_SIZE));
        if (first.total() > exportLimit) {
            throw new ApiException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "facilitation.roster.too-many", "unit",
                    first.total(), exportLimit);
        }
        List<RosterEntry> all = new ArrayList<>(first.items().stream().map(l -> entry(l, names)).toList());
        for (int p = 1; all.size() < first.total(); p++) {
            Page<LearnerListing> next = directory.roster(names.keySet(), null, null, new PageRequest(p, PageRequest.MAX_SIZE));
            if (next.items().isEmpty()) {
                break;
            }
            next.items().forEach(l -> all.add(entry(l, names)));
        }
        return new RosterExport(unit == null ? f.unitCode() : unit, clock.instant(), all.size(), all);
    }

    /** The caller's unit (or {@code unit}, which must lie within it) and every unit below, code to name. */
    private Map<String, String> unitsBelow(Facilitator f, String unit) {
        String root = unit == null || unit.isBlank() ? f.unitCode() : unit;
        if (unit != null && !unit.isBlank()) {
            facilitators.within(f, unit, "unit");
        }
        List<UnitView> subtree = units.subtree(root);
        if (subtree.size() > MAX_UNITS) {
            throw ApiException.badRequest("unit", "facilitation.roster.unit-too-large", MAX_UNITS);
        }
        Map<String, String> found = new HashMap<>();
        subtree.forEach(u -> found.put(u.code(), u.name()));
        return found;
    }

    private static RosterEntry entry(LearnerListing l, Map<String, String> unitNames) {
        return new RosterEntry(l.id(), l.displayName(), l.birthYear(), l.unitCode(), unitNames.get(l.unitCode()),
                List.copyOf(l.targetGroups()));
    }

    public List<SkillView> skills() {
        Locale l = language.locale();
        List<SkillView> skills = new ArrayList<>();
        for (String pluginId : plugins.targetGroupIds()) {
            plugins.detail(pluginId, l).practicalSkills().forEach(s -> skills.add(new SkillView(pluginId, s.id(),
                    activities.practicalSkill(pluginId, s.id(), null).id(), s.name(), s.competencies())));
        }
        return skills;
    }

    /** True when a plugin declares this practical skill. */
    boolean skillExists(String pluginId, String skillId) {
        if (pluginId == null || skillId == null || !plugins.targetGroupIds().contains(pluginId)) {
            return false;
        }
        return plugins.plugin(pluginId).practicalSkills().stream().map(PluginData.PracticalSkill::id).anyMatch(skillId::equals);
    }

    /** Courses of every group's curriculum, their published packages' lessons, and practical skills. */
    public List<TopicView> topics() {
        Locale l = language.locale();
        Set<TopicView> topics = new LinkedHashSet<>();
        List<Course> all = new ArrayList<>();
        plugins.targetGroupIds().forEach(g -> all.addAll(courses.path(g)));
        Map<String, CatalogEntry> published = catalog.published(all.stream().flatMap(c -> c.packages().stream()).distinct().toList());
        for (Course c : all) {
            topics.add(new TopicView("course", c.id(), title(c.title(), l, c.id()), c.group()));
            for (String packageId : c.packages()) {
                CatalogEntry entry = published.get(packageId);
                if (entry != null) {
                    entry.lessons().forEach(lesson -> topics.add(new TopicView("lesson", packageId + "/" + lesson.id(),
                            title(lesson.title(), l, lesson.id()), c.group())));
                }
            }
        }
        skills().forEach(s -> topics.add(new TopicView("skill", s.pluginId() + "/" + s.skillId(), s.name(), s.pluginId())));
        return List.copyOf(topics);
    }

    private static String title(Map<String, String> title, Locale l, String fallback) {
        if (title == null || title.isEmpty()) {
            return fallback;
        }
        return title.getOrDefault(l.getLanguage(), title.getOrDefault("vi", title.values().iterator().next()));
    }
}
