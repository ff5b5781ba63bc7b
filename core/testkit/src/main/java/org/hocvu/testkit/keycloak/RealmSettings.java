package org.hocvu.testkit.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings of the realm that depend on this machine or that the realm file gained after a local
 * Keycloak first imported it ({@code --import-realm} skips a realm that exists): HọcVụ's sign-in
 * theme, e-mail verification and the local SMTP server's port. Applied through the admin API at
 * every start, so an old {@code ./data} gets them too.
 */
final class RealmSettings {
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RealmSettings() {
    }

    static void apply(String keycloakUrl, String adminPassword, int smtpPort) {
        String token = adminToken(keycloakUrl, adminPassword);
        String settings = """
                {"loginTheme": "hocvu", "verifyEmail": true,
                 "smtpServer": {"host": "127.0.0.1", "port": "%d", "from": "no-reply@hocvu.local",
                                "fromDisplayName": "HọcVụ", "replyTo": "ho-tro@hocvu.local",
                                "auth": "false", "ssl": "false", "starttls": "false"}}""".formatted(smtpPort);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + LocalKeycloak.REALM))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(settings)).build());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak refused the realm's mail and theme settings: HTTP " + r.statusCode() + " " + r.body());
        }
    }

    private static String adminToken(String keycloakUrl, String adminPassword) {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher m = ACCESS_TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("No admin token from Keycloak (is HOCVU_KEYCLOAK_ADMIN_PASSWORD the one it was first started with?): HTTP "
                    + r.statusCode());
        }
        return m.group(1);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
