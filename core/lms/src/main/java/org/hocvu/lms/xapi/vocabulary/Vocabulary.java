package org.hocvu.lms.xapi.vocabulary;

/** Where HọcVụ's own terms (verbs, activity types, extensions) live: the same in every deployment. */
public final class Vocabulary {
    public static final String NAMESPACE = "https://w3id.org/xapi/hocvu/";

    private Vocabulary() {
    }
}
