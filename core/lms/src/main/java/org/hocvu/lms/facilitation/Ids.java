package org.hocvu.lms.facilitation;

import org.hocvu.lms.shared.ApiException;

import java.util.UUID;

/** Ids made on the device: UUIDs, anything else a keyed 400 naming the field. */
final class Ids {
    private Ids() {
    }

    static UUID uuid(String text, String field) {
        try {
            if (text != null && text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ApiException.badRequest(field, "facilitation.id.invalid", field);
    }
}
