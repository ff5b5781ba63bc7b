package org.hocvu.testkit.launch;

import org.hocvu.testkit.keycloak.LocalKeycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The demo users as the realm file declares them, so the banner never drifts from the realm. */
public final class DemoUsers {
    public static final String PASSWORD = "hocvu";
    private static final Pattern USER = Pattern.compile(
            "\"username\"\\s*:\\s*\"([^\"]+)\".*?\"realmRoles\"\\s*:\\s*\\[([^]]*)]", Pattern.DOTALL);

    public record DemoUser(String username, List<String> roles) {
    }

    private DemoUsers() {
    }

    public static List<DemoUser> fromRealm() {
        String json;
        try (var in = LocalKeycloak.realmJson()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<DemoUser> users = new ArrayList<>();
        Matcher m = USER.matcher(json.substring(json.indexOf("\"users\"")));
        while (m.find()) {
            List<String> roles = new ArrayList<>();
            for (String r : m.group(2).split(",")) {
                String role = r.trim().replace("\"", "");
                if (!role.isEmpty() && !role.startsWith("default-roles")) {
                    roles.add(role);
                }
            }
            if (roles.isEmpty()) {
                roles.add("learner");
            }
            users.add(new DemoUser(m.group(1), roles));
        }
        return users;
    }
}
