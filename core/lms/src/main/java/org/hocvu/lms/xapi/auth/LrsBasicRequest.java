package org.hocvu.lms.xapi.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** HTTP Basic key and secret sent to the LRS, kept apart from any other username/password login. */
public class LrsBasicRequest extends BaseAuthenticationRequest {
    private final String key;
    private final String secret;
    private final String client;

    public LrsBasicRequest(String key, String secret, String client) {
        this.key = key;
        this.secret = secret;
        this.client = client;
    }

    public String key() {
        return key;
    }

    public String secret() {
        return secret;
    }

    public String client() {
        return client;
    }
}
