package org.hocvu.lms.competency;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The URIs of an export. What HọcVụ serves (the framework's own objects, and nodes of frameworks it
 * holds) gets its provider URI, {@code <base>/ims/case/v1p0/<kind>/<identifier>}, which resolves; a node
 * HọcVụ does not hold keeps the URI its source gave, or, when the source gave none (a plugin's
 * {@code framework:code}), the identifier as a {@code urn:uuid:} — never an address HọcVụ would not answer.
 */
final class CaseUris {
    static final String API = "/ims/case/v1p0/";

    private final String base;
    private final Map<UUID, CaseKind> local;
    private final Function<UUID, Optional<CaseKind>> heldElsewhere;

    /**
     * @param local         the framework's own objects by identifier
     * @param heldElsewhere the kind of an object another stored framework holds
     */
    CaseUris(String baseUri, Map<UUID, CaseKind> local, Function<UUID, Optional<CaseKind>> heldElsewhere) {
        this.base = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
        this.local = local;
        this.heldElsewhere = heldElsewhere;
    }

    String of(CaseKind kind, UUID id) {
        return base + API + kind.path() + "/" + id;
    }

    /** A part of a rubric (criterion, criterion level): the rubric's URI with the part's identifier as fragment. */
    String part(UUID rubric, String partId) {
        return of(CaseKind.RUBRIC, rubric) + "#" + partId;
    }

    CasePackage.LinkUri link(String title, UUID id, CaseKind kind) {
        return new CasePackage.LinkUri(title, id.toString(), of(kind, id));
    }

    /** A link the source gave: pointed at HọcVụ when HọcVụ serves its target, else kept. */
    CasePackage.LinkUri link(CasePackage.LinkUri given) {
        if (given == null) {
            return null;
        }
        Optional<UUID> id = uuid(given.identifier());
        Optional<CaseKind> served = id.flatMap(this::served);
        return served.map(kind -> new CasePackage.LinkUri(given.title(), id.get().toString(), of(kind, id.get())))
                .orElse(given);
    }

    /** The URI of an association's end. */
    String node(NodeRef ref) {
        return served(ref.identifier()).map(kind -> of(kind, ref.identifier()))
                .orElse(ref.uri() != null ? ref.uri() : "urn:uuid:" + ref.identifier());
    }

    Optional<CaseKind> served(UUID id) {
        CaseKind own = local.get(id);
        return own != null ? Optional.of(own) : heldElsewhere.apply(id);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
