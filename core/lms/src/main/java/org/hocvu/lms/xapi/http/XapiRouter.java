package org.hocvu.lms.xapi.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.document.DocumentKind;
import org.hocvu.lms.xapi.document.DocumentsHandler;
import org.hocvu.lms.xapi.statement.StatementsHandler;

import java.util.Set;

/** Which handler serves which resource path below /xapi/ (Communication, Appendix B). */
@ApplicationScoped
public class XapiRouter {
    @Inject
    StatementsHandler statements;
    @Inject
    DocumentsHandler documents;
    @Inject
    AboutActivitiesAgentsHandlers others;

    private static final Set<String> READ = Set.of("GET", "HEAD");
    private static final Set<String> STATEMENTS = Set.of("GET", "HEAD", "PUT", "POST");
    private static final Set<String> DOCUMENTS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

    /**
     * False for a method the specification does not define on a known resource: answered 405
     * before authentication, since no credential makes such a request meaningful.
     */
    boolean allows(String resource, String method) {
        return switch (resource) {
            case "statements" -> STATEMENTS.contains(method);
            case "activities/state", "activities/profile", "agents/profile" -> DOCUMENTS.contains(method);
            case "activities", "agents", "about" -> READ.contains(method);
            default -> true;
        };
    }

    XapiHandler handler(String resource) {
        return switch (resource) {
            case "statements" -> statements;
            case "activities/state" -> r -> documents.handle(DocumentKind.STATE, r);
            case "activities/profile" -> r -> documents.handle(DocumentKind.ACTIVITY_PROFILE, r);
            case "agents/profile" -> r -> documents.handle(DocumentKind.AGENT_PROFILE, r);
            case "activities" -> others::activities;
            case "agents" -> others::agents;
            case "about" -> others::about;
            default -> r -> {
                throw XapiException.notFound("xapi.resource.unknown", resource);
            };
        };
    }
}
