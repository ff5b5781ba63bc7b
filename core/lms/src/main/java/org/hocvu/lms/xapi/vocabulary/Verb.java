package org.hocvu.lms.xapi.vocabulary;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hocvu.lms.shared.Languages;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.xapi.json.XapiJson;

import java.util.Locale;

/**
 * The verbs HọcVụ writes: ADL's, cmi5's (cmi5 uses ADL's IRIs for most and w3id.org's for
 * abandoned, waived and satisfied) and HọcVụ's own, whose IRIs are the same in every deployment so
 * that figures of several provinces add up. Display names are in the {@code i18n/xapi} bundles
 * ({@code xapi.verb.<name>}), in every supported language. docs/xapi-vocabulary.md lists them.
 */
public enum Verb {
    EXPERIENCED(Verb.ADL + "experienced"),
    ATTEMPTED(Verb.ADL + "attempted"),
    ANSWERED(Verb.ADL + "answered"),
    COMPLETED(Verb.ADL + "completed"),
    PASSED(Verb.ADL + "passed"),
    FAILED(Verb.ADL + "failed"),
    SCORED(Verb.ADL + "scored"),
    LAUNCHED(Verb.ADL + "launched"),
    INITIALIZED(Verb.ADL + "initialized"),
    TERMINATED(Verb.ADL + "terminated"),
    PROGRESSED(Verb.ADL + "progressed"),
    REGISTERED(Verb.ADL + "registered"),
    ATTENDED(Verb.ADL + "attended"),
    VOIDED(Verb.ADL + "voided"),
    ABANDONED(Verb.ADL_W3ID + "abandoned"),
    WAIVED(Verb.ADL_W3ID + "waived"),
    SATISFIED(Verb.ADL_W3ID + "satisfied"),
    SUSPENDED(Verb.ADL + "suspended"),
    RESUMED(Verb.ADL + "resumed"),
    ENROLLED(Verb.HOCVU + "enrolled"),
    VERIFIED(Verb.HOCVU + "verified"),
    EARNED(Verb.HOCVU + "earned"),
    REVOKED(Verb.HOCVU + "revoked"),
    JOINED(Verb.HOCVU + "joined");

    static final String ADL = "http://adlnet.gov/expapi/verbs/";
    static final String ADL_W3ID = "https://w3id.org/xapi/adl/verbs/";
    static final String HOCVU = Vocabulary.NAMESPACE + "verbs/";

    private final String iri;

    Verb(String iri) {
        this.iri = iri;
    }

    public String iri() {
        return iri;
    }

    /** The display name in one language (Vietnamese when the language is not supported). */
    public String display(Locale language) {
        return Messages.get(language, "xapi.verb." + name().toLowerCase(Locale.ROOT));
    }

    /**
     * The statement's verb: id and display in every configured language that has its own name for
     * it (a language map must not label Vietnamese text as another language).
     */
    public ObjectNode toJson() {
        ObjectNode verb = XapiJson.object().put("id", iri);
        ObjectNode display = verb.putObject("display");
        String vietnamese = display(Languages.VIETNAMESE);
        display.put(Languages.VIETNAMESE.toLanguageTag(), vietnamese);
        Languages.configured().supported().stream().filter(l -> !l.equals(Languages.VIETNAMESE))
                .forEach(l -> {
                    String name = display(l);
                    if (!name.equals(vietnamese)) {
                        display.put(l.toLanguageTag(), name);
                    }
                });
        return verb;
    }
}
