package org.hocvu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Learners for the load benchmarks, made the way a province would: accounts in the local Keycloak
 * (through Keycloak's own admin API, with the admin of the development Keycloak that {@code LocalStack}
 * starts: nothing in HọcVụ is opened for the bench), then each learner signs in as a person does, with
 * a password (the API's token) or the pages' authorization-code flow (the session cookies), and says
 * who they are with {@code PUT /api/v1/me}. None of this is timed.
 * <p>
 * For the run only, the bench realm stores passwords with one hash iteration (so that creating and
 * signing in thousands of accounts does not take the two cores for half an hour) and gives tokens an
 * hour, so a run of several minutes never refreshes them; both are Keycloak settings of the throwaway
 * development realm, written back by nothing.
 */
final class BenchAccounts {
    static final String PASSWORD = "bench-Hocvu-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern ANY_ACTION = Pattern.compile("action=\"([^\"]+login-actions/authenticate[^\"]*)\"");

    private final String app;
    private final String keycloak;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String adminToken;
    private long adminTokenAt;

    BenchAccounts(String app, String keycloak, String adminPassword) {
        this.app = app.replaceAll("/$", "");
        this.keycloak = keycloak.replaceAll("/$", "");
        this.adminPassword = adminPassword;
    }

    /** A learner of the run: their username and, once signed in, their token or the pages' cookies. */
    /** {@code id}: the learner id HọcVụ gave the account (from {@code PUT /api/v1/me}). */
    record Learner(String username, String token, String cookie, String id) {
    }

    /** Cheap password hashing and hour-long tokens in the development realm, for this run. */
    void tuneRealm() throws IOException, InterruptedException {
        String admin = adminToken();
        HttpResponse<String> realm = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/hocvu"))
                .header("Authorization", "Bearer " + admin).GET());
        ObjectNode settings = (ObjectNode) JSON.readTree(realm.body());
        String policy = settings.path("passwordPolicy").asText("");
        String kept = java.util.Arrays.stream(policy.split(" and ")).filter(p -> !p.isBlank())
                .filter(p -> !p.startsWith("hashIterations") && !p.startsWith("hashAlgorithm")).collect(Collectors.joining(" and "));
        ObjectNode change = JSON.createObjectNode();
        change.put("passwordPolicy", (kept.isEmpty() ? "" : kept + " and ") + "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)");
        change.put("accessTokenLifespan", 3600);
        change.put("ssoSessionIdleTimeout", 7200);
        change.put("ssoSessionMaxLifespan", 36000);
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/hocvu"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(change.toString())));
        if (put.statusCode() != 204) {
            throw new IllegalStateException("cannot tune the bench realm: " + put.statusCode() + " " + put.body());
        }
    }

    /** Creates {@code count} accounts {@code bench-<run>-<n>} (an existing one is kept) from {@code threads} threads. */
    List<String> create(String run, int count, int threads) throws Exception {
        return parallel(count, threads, n -> {
            String admin = adminToken();
            String username = "bench-" + run + "-" + n;
            ObjectNode user = JSON.createObjectNode().put("username", username).put("enabled", true).put("emailVerified", true)
                    .put("firstName", "Thử " + n).put("lastName", "Nguyễn Văn").put("email", username + "@bench.example.org");
            user.putArray("credentials").addObject().put("type", "password").put("value", PASSWORD).put("temporary", false);
            user.putArray("requiredActions");
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/hocvu/users"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(user.toString())));
            if (r.statusCode() != 201 && r.statusCode() != 409) {
                throw new IllegalStateException("creating " + username + ": " + r.statusCode() + " " + r.body());
            }
            return username;
        });
    }

    /** Signs each learner in for the API (password grant of {@code hocvu-api}) and sets their group and unit. */
    List<Learner> signInForApi(List<String> usernames, String group, String unit, int threads) throws Exception {
        return parallel(usernames.size(), threads, n -> {
            String username = usernames.get(n);
            String token = token(username);
            String me = "{\"displayName\":\"Nguyễn Văn Thử " + n + "\",\"unitCode\":\"" + unit + "\",\"targetGroups\":[\"" + group + "\"]}";
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(app + "/api/v1/me"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(me)));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("PUT /api/v1/me for " + username + ": " + r.statusCode() + " " + r.body());
            }
            return new Learner(username, token, null, JSON.readTree(r.body()).path("id").asText());
        });
    }

    /** Signs each learner in on the pages as a browser does (authorization-code flow): their session cookies. */
    List<Learner> signInForPages(List<Learner> learners, int threads) throws Exception {
        return parallel(learners.size(), threads, n -> {
            Learner learner = learners.get(n);
            LoopbackCookies jar = new LoopbackCookies();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(jar).followRedirects(HttpClient.Redirect.ALWAYS)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(app + "/signin")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher action = FORM_ACTION.matcher(login.body());
            if (!action.find()) {
                action = ANY_ACTION.matcher(login.body());
                if (!action.find()) {
                    throw new IllegalStateException("no Keycloak sign-in form at " + login.uri());
                }
            }
            String form = "username=" + URLEncoder.encode(learner.username(), StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&credentialId=";
            HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (home.statusCode() != 200 || !home.uri().toString().startsWith(app)) {
                throw new IllegalStateException("signing " + learner.username() + " in on the pages ended at " + home.uri()
                        + " with " + home.statusCode() + ": " + home.body().replaceAll("(?s)^.*?(<div[^>]*(alert|error)[^>]*>.{0,300}).*$", "$1"));
            }
            String cookie = jar.header(name -> name.startsWith("q_session"));
            if (cookie.isEmpty()) {
                throw new IllegalStateException("no session cookie for " + learner.username());
            }
            return new Learner(learner.username(), learner.token(), cookie, learner.id());
        });
    }

    private String token(String username) throws IOException, InterruptedException {
        return token(username, PASSWORD);
    }

    /** An access token of a person of the hocvu realm (password grant of {@code hocvu-api}). */
    String token(String username, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=hocvu-api&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/hocvu/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        JsonNode token = JSON.readTree(r.body()).path("access_token");
        if (token.isMissingNode()) {
            throw new IllegalStateException("no token for " + username + ": " + r.body());
        }
        return token.asText();
    }

    /** The admin's token, fetched again before Keycloak's one minute runs out (the master realm's default). */
    private synchronized String adminToken() throws IOException, InterruptedException {
        if (adminToken != null && System.nanoTime() - adminTokenAt < 30_000_000_000L) {
            return adminToken;
        }
        adminToken = freshAdminToken();
        adminTokenAt = System.nanoTime();
        return adminToken;
    }

    private String freshAdminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=" + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        JsonNode token = JSON.readTree(r.body()).path("access_token");
        if (token.isMissingNode()) {
            throw new IllegalStateException("no admin token from the development Keycloak: " + r.body());
        }
        return token.asText();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The setup's work item by item from a few threads, in order; the first failure stops the run. */
    static <T> List<T> parallel(int count, int threads, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                int i = n;
                futures.add(pool.submit(() -> work.run(i)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A browser's cookie jar for one sign-in over plain http on loopback: Keycloak marks its sign-in
     * cookies Secure, which {@link java.net.CookieManager} then never sends over http (a browser treats
     * loopback as secure). The app's and Keycloak's cookies have different names, so names are enough.
     */
    private static final class LoopbackCookies extends java.net.CookieHandler {
        private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header(name -> true)));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            headers.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    values.forEach(v -> HttpCookie.parse(v).forEach(c -> {
                        if (c.getMaxAge() == 0) {
                            cookies.remove(c.getName());
                        } else {
                            cookies.put(c.getName(), c.getValue());
                        }
                    }));
                }
            });
        }

        String header(java.util.function.Predicate<String> which) {
            return cookies.entrySet().stream().filter(e -> which.test(e.getKey())).map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
        }
    }

    interface Work<T> {
        T run(int n) throws Exception;
    }

}
