package org.hocvu.ui.web;

import java.net.URI;

/** Where to send a person back to: only a path of this site, so no link can bounce them elsewhere. */
public final class LocalPath {
    private LocalPath() {
    }

    public static URI orHome(String candidate) {
        if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.contains("\\") || candidate.chars().anyMatch(Character::isISOControl)) {
            return URI.create("/");
        }
        try {
            URI uri = URI.create(candidate);
            return uri.getScheme() == null && uri.getAuthority() == null ? uri : URI.create("/");
        } catch (IllegalArgumentException malformed) {
            return URI.create("/");
        }
    }
}
