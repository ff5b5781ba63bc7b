package org.hocvu.lms.competency;

import java.util.UUID;

/**
 * The node a crosswalk points at. {@code identifier} is always known (the CASE identifier);
 * {@code framework} and {@code code} when the target is named by code (plugins write
 * {@code framework:code}); {@code uri} and {@code title} as a foreign CASE file gave them.
 */
public record NodeRef(String framework, String code, UUID identifier, String uri, String title) {

    /** A node named by code: its identifier is the stable one every HọcVụ gives that code. */
    public static NodeRef byCode(String framework, String code) {
        return new NodeRef(framework, code, StableIds.item(framework, code), null, null);
    }

    /** How people and CASE titles name it: its title, else {@code framework code}, else its identifier. */
    public String label() {
        if (title != null) {
            return title;
        }
        return code != null ? framework + " " + code : identifier.toString();
    }
}
