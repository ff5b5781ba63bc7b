package org.hocvu.ui.content;

/** One version in a list: what it is, where it stands, and the page that shows it ({@code href}). */
public record VersionRow(String packageId, String version, String title, String kind, String status,
                         String statusText, String uploadedAt, String href) {
}
