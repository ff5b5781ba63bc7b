package org.hocvu.lms.content.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.content.PackageDescription;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Activity;

import java.util.UUID;

/**
 * The stable addresses of a package version: its xAPI activity and its lessons' (from the one IRI
 * scheme of {@link Activities}), and where its files are served ({@code <content base>/<version id>/}).
 */
@ApplicationScoped
public class ContentLinks {
    @Inject
    Activities activities;
    @ConfigProperty(name = "hocvu.content.base-url", defaultValue = "/content/")
    String contentBaseUrl;

    public Activity packageActivity(PackageDescription d) {
        return activities.lessonPackage(d.id(), d.version(), d.title());
    }

    public Activity lessonActivity(PackageDescription d, PackageDescription.Lesson lesson) {
        return activities.lesson(d.id(), d.version(), lesson.id(), lesson.title());
    }

    public String contentBase(UUID versionId) {
        return (contentBaseUrl.endsWith("/") ? contentBaseUrl : contentBaseUrl + "/") + versionId + "/";
    }
}
