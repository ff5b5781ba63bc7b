package org.hocvu.lms.plugin;

/**
 * Which lesson packages are published. The content context provides it; until a deployment has
 * one, every package a curriculum names is reported as pending, never as an error, because
 * curricula are written before their packages exist.
 */
public interface PublishedPackages {
    boolean isPublished(String packageId);
}
