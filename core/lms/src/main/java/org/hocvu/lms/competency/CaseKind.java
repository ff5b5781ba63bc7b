package org.hocvu.lms.competency;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of CASE 1.0 objects the provider API serves, by the path segment of their URIs
 * ({@code <base>/ims/case/v1p0/<path>/<identifier>}). Stored by that name in {@code competency_case_object}.
 */
public enum CaseKind {
    DOCUMENT("CFDocuments"),
    PACKAGE("CFPackages"),
    ITEM("CFItems"),
    ASSOCIATION("CFAssociations"),
    RUBRIC("CFRubrics"),
    ITEM_TYPE("CFItemTypes"),
    CONCEPT("CFConcepts"),
    SUBJECT("CFSubjects"),
    LICENSE("CFLicenses"),
    GROUPING("CFAssociationGroupings");

    private final String path;

    CaseKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<CaseKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
