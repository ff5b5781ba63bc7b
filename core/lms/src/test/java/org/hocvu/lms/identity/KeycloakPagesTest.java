package org.hocvu.lms.identity;

import jakarta.mail.internet.MimeMessage;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak's pages as a person meets them: HọcVụ's theme with a title per page and a way back, and
 * a forgotten password that really sends a mail (to the local SMTP server the tests start).
 */
@DisabledIfSystemProperty(named = KeycloakTestResource.SKIP_PROPERTY, matches = "skip")
class KeycloakPagesTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Keycloak marks its cookies Secure, which a browser still sends to localhost but Java's CookieManager does not. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    @Test
    void signInAndRegistrationUseHocVusThemeAndTitles() throws Exception {
        String signIn = signInPage();
        assertTrue(signIn.contains("/login/hocvu/css/hocvu.css"), "the theme's stylesheet is linked");
        assertTrue(signIn.contains("<title>Đăng nhập · HọcVụ</title>"), "the sign-in page's title");
        assertTrue(signIn.contains("lang=\"vi\""), "Vietnamese by default");
        assertTrue(signIn.contains("class=\"hocvu-back\" href=\"http://localhost:8080/\""), "a way back to HọcVụ");
        assertTrue(signIn.contains("hreflang=\"en\""), "the language switch is links, as on HọcVụ's pages");
        String register = get(link(signIn, "login-actions/registration"));
        assertTrue(register.contains("<title>Đăng ký · HọcVụ</title>"), "the registration page is titled Đăng ký");
        // Vietnamese names are family name first: the form asks for it first, in words people use
        Matcher family = Pattern.compile("for=\"lastName\"[^>]*>\\s*<span[^>]*>\\s*Họ và tên đệm\\s*<").matcher(register);
        Matcher given = Pattern.compile("for=\"firstName\"[^>]*>\\s*<span[^>]*>\\s*Tên\\s*<").matcher(register);
        assertTrue(family.find() && given.find() && given.start() > family.start(),
                "\"Họ và tên đệm\" (lastName) comes before \"Tên\" (firstName) on the registration form");
    }

    @Test
    void aForgottenPasswordSendsAMail() throws Exception {
        String reset = get(link(signInPage(), "login-actions/reset-credentials"));
        assertTrue(reset.contains("<title>Quên mật khẩu · HọcVụ</title>"), reset);
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(reset);
        assertTrue(action.find(), "the reset form");
        HttpResponse<String> sent = send(HttpRequest.newBuilder(URI.create(unescape(action.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=teacher")));
        assertTrue(sent.statusCode() / 100 == 2 || sent.statusCode() / 100 == 3, "HTTP " + sent.statusCode());
        MimeMessage mail = KeycloakTestResource.mail().awaitTo("teacher@demo.hocvu.local", Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no mail reached the local SMTP server"));
        assertTrue(mail.getFrom()[0].toString().contains("no-reply@hocvu.local"), mail.getFrom()[0].toString());
    }

    private String signInPage() throws IOException, InterruptedException {
        return get(KeycloakTestResource.realmUrl() + "/protocol/openid-connect/auth?client_id=hocvu-web&response_type=code"
                // hocvu-web is confidential (its code exchange needs the client secret); the pages' sign-in
                // adds PKCE on top (quarkus.oidc.web.authentication.pkce-required), tested in ui's PagesTest
                + "&scope=openid&redirect_uri=" + URLEncoder.encode("http://localhost:8080/", StandardCharsets.UTF_8));
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "vi"));
        assertTrue(r.statusCode() == 200, url + ": HTTP " + r.statusCode() + " " + r.headers().firstValue("Location").orElse("") + " " + r.body());
        return r.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        r.headers().allValues("Set-Cookie").forEach(c -> {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        });
        return r;
    }

    private static String link(String page, String containing) {
        Matcher m = Pattern.compile("href=\"([^\"]*" + Pattern.quote(containing) + "[^\"]*)\"").matcher(page);
        assertTrue(m.find(), "a link to " + containing);
        String href = unescape(m.group(1));
        return href.startsWith("http") ? href : KeycloakTestResource.keycloak().url() + href;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&");
    }
}
