package org.hocvu.lms.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.content.catalog.CatalogEntry;
import org.hocvu.lms.content.catalog.CatalogService;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Languages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where courses come from: the plugins' curricula (read through the plugin registry, never
 * hard-coded) and, for a published package no curriculum names, the package as a course of its own.
 */
@ApplicationScoped
public class CourseDirectory {
    @Inject
    PluginRegistry plugins;
    @Inject
    CatalogService catalog;

    /** The group's curriculum in order; empty for an unknown group. */
    public List<Course> path(String group) {
        if (!plugins.targetGroupIds().contains(group)) {
            return List.of();
        }
        PluginData p = plugins.plugin(group);
        List<Course> out = new ArrayList<>();
        p.curriculum().forEach(c -> out.add(course(p, c)));
        return out;
    }

    /** A curriculum course by id, else a published package as its own course. */
    public Optional<Course> find(String courseId) {
        if (courseId == null || courseId.isBlank() || courseId.length() > 100) {
            return Optional.empty();
        }
        for (String group : plugins.targetGroupIds()) {
            PluginData p = plugins.plugin(group);
            for (PluginData.Course c : p.curriculum()) {
                if (c.id().equals(courseId)) {
                    return Optional.of(course(p, c));
                }
            }
        }
        CatalogEntry entry = catalog.published(List.of(courseId)).get(courseId);
        return Optional.ofNullable(entry).map(CourseDirectory::standalone);
    }

    public Course get(String courseId) {
        return find(courseId).orElseThrow(() -> ApiException.notFound("course.not-found", courseId));
    }

    /** The curriculum courses that include a package (a package may serve several groups). */
    public List<Course> containing(String packageId) {
        List<Course> out = new ArrayList<>();
        for (String group : plugins.targetGroupIds()) {
            path(group).stream().filter(c -> c.packages().contains(packageId)).forEach(out::add);
        }
        return out;
    }

    public PluginData plugin(String group) {
        return plugins.plugin(group);
    }

    private static Course course(PluginData p, PluginData.Course c) {
        Map<String, String> title = new LinkedHashMap<>();
        for (var language : Languages.configured().supported()) {
            title.put(language.getLanguage(), p.texts().get("course." + c.id() + ".title", language));
        }
        return new Course(c.id(), p.id(), c.level(), c.competencies(), c.packages(), title);
    }

    static Course standalone(CatalogEntry e) {
        return new Course(e.packageId(), null, e.levels().stream().findFirst().orElse(null),
                List.copyOf(e.competencies()), List.of(e.packageId()), e.title());
    }
}
