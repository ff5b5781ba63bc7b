package org.hocvu.lms.identity.people;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.shared.ApiException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keycloak's admin REST API as the {@code hocvu-admin} service account (a confidential client with
 * realm-management's view-users, query-users, manage-users and view-realm): people and their realm
 * roles live in Keycloak only, never in a second user store. Its secret comes from configuration
 * ({@code HOCVU_PEOPLE_KEYCLOAK_CLIENT_SECRET} in production).
 */
@ApplicationScoped
class KeycloakAdmin {
    private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    ObjectMapper json;
    /** The realm's URL; absent only where no Keycloak is configured (tests that skip it): then nobody is found. */
    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> realmUrl;
    @ConfigProperty(name = "hocvu.people.keycloak-client-id")
    String clientId;
    @ConfigProperty(name = "hocvu.people.keycloak-client-secret")
    String clientSecret;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile String token;
    private volatile Instant tokenUntil = Instant.EPOCH;

    /** A Keycloak user as the admin API lists it (brief form). */
    record User(String id, String username, String firstName, String lastName, String email, boolean enabled,
                Map<String, List<String>> attributes) {
        /** The first value of an attribute (unit), null when absent. */
        String attribute(String name) {
            List<String> values = attributes == null ? null : attributes.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** A realm role as the admin API names it: role mappings are sent as these. */
    record Role(String id, String name) {
    }

    List<User> users(String search, int first, int max) {
        return read(get("/users?briefRepresentation=true&first=" + first + "&max=" + max + "&" + searchParam(search)),
                new TypeReference<>() { });
    }

    long count(String search) {
        return read(get("/users/count?" + searchParam(search)), new TypeReference<Long>() { });
    }

    Optional<User> user(String id) {
        HttpResponse<String> r = send(request("/users/" + encode(id)).GET());
        return r.statusCode() == 404 ? Optional.empty() : Optional.of(read(checked(r), new TypeReference<>() { }));
    }

    /** The account with exactly this username, or this e-mail ({@code field} "username" or "email"), attributes included. */
    Optional<User> exactly(String field, String value) {
        List<User> found = read(get("/users?exact=true&briefRepresentation=false&max=2&" + field + "=" + encode(value)),
                new TypeReference<>() { });
        return found.stream().filter(u -> value.equalsIgnoreCase("email".equals(field) ? u.email() : u.username())).findFirst();
    }

    /** Creates an enabled account with these fields and attributes; its id, or empty when the username or e-mail is taken (409). */
    Optional<String> create(Map<String, Object> representation) {
        HttpRequest.Builder post = request("/users").header("Content-Type", "application/json");
        HttpResponse<String> r;
        try {
            r = send(post.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(representation))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (r.statusCode() == 409) {
            return Optional.empty();
        }
        if (r.statusCode() == 400) {
            // the realm's user profile refused a field (a name with characters it forbids, a malformed e-mail)
            JsonNode why = read(r.body().isBlank() ? "{}" : r.body(), new TypeReference<JsonNode>() { });
            throw ApiException.badRequest(null, "people.create.invalid", why.path("errorMessage").asText(why.path("error").asText("?")));
        }
        checked(r);
        String location = r.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("Keycloak created a user without a Location"));
        return Optional.of(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Every realm role the user holds, directly or through a composite (the default roles give "learner"). */
    List<Role> effectiveRoles(String userId) {
        return read(get("/users/" + encode(userId) + "/role-mappings/realm/composite"), new TypeReference<>() { });
    }

    Role role(String name) {
        return read(get("/roles/" + encode(name)), new TypeReference<>() { });
    }

    void addRoles(String userId, List<Role> roles) {
        checked(send(request("/users/" + encode(userId) + "/role-mappings/realm")
                .header("Content-Type", "application/json").POST(body(roles))));
    }

    void removeRoles(String userId, List<Role> roles) {
        checked(send(request("/users/" + encode(userId) + "/role-mappings/realm")
                .header("Content-Type", "application/json").method("DELETE", body(roles))));
    }

    private String get(String path) {
        return checked(send(request(path).GET()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(adminBase() + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token());
    }

    /** {@code http://host/realms/hocvu} → {@code http://host/admin/realms/hocvu}. */
    private String adminBase() {
        String realm = realm();
        int realms = realm.lastIndexOf("/realms/");
        return realm.substring(0, realms) + "/admin" + realm.substring(realms);
    }

    private String realm() {
        return realmUrl.filter(url -> url.contains("/realms/")).orElseThrow(KeycloakAdmin::unavailable);
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenUntil)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(realm() + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        JsonNode answer = read(checked(r), new TypeReference<>() { });
        token = answer.path("access_token").asText();
        // renewed half a minute early, so a request never carries a token that expires on the way
        tokenUntil = Instant.now().plusSeconds(Math.max(0, answer.path("expires_in").asLong(60) - 30));
        return token;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warnf("Keycloak's admin API did not answer: %s", e.toString());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private static String checked(HttpResponse<String> r) {
        if (r.statusCode() / 100 != 2) {
            LOG.warnf("Keycloak's admin API answered %d to %s: %s", r.statusCode(), r.uri().getPath(), r.body());
            throw unavailable();
        }
        return r.body();
    }

    private static ApiException unavailable() {
        return new ApiException(Response.Status.SERVICE_UNAVAILABLE, "people.keycloak.unavailable", null);
    }

    private <T> T read(String body, TypeReference<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak's admin API answered what HọcVụ cannot read", e);
        }
    }

    private HttpRequest.BodyPublisher body(List<Role> roles) {
        try {
            return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(roles.stream()
                    .map(r -> Map.of("id", r.id(), "name", r.name())).toList()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The search parameter; an empty one lists everybody, as no parameter does. */
    private static String searchParam(String search) {
        return "search=" + encode(search == null ? "" : search.strip());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
