package org.hocvu.lms.certificate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hocvu.lms.certificate.key.IssuerKeys;
import org.hocvu.testkit.ProjectPaths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Another project's verifier checks HọcVụ's certificates: Digital Bazaar's {@code @digitalbazaar/vc}
 * with the {@code eddsa-rdfc-2022} cryptosuite (tools/ob3-verify, pinned by its lockfile), run with
 * node, offline: the issuer's profile, keys and status list are given to it as files taken from the
 * public URLs. It accepts a certificate, refuses a tampered copy and a revoked one. Skipped, saying
 * why, only when node or the npm registry is not there.
 */
@QuarkusTest
class IndependentVerifierTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TOOL = ProjectPaths.root().resolve("tools/ob3-verify");

    @Inject
    CertificateFixtures fixtures;
    @Inject
    CertificateService certificates;
    @Inject
    IssuerKeys keys;
    @Inject
    IssuerUrls urls;

    @BeforeAll
    static void installVerifier() throws Exception {
        if (!Files.isDirectory(TOOL.resolve("node_modules/@digitalbazaar/vc"))) {
            Run install = run(TOOL, List.of("npm", "ci", "--no-audit", "--no-fund"));
            Assumptions.assumeTrue(install.exit() == 0, "SKIPPED: the independent verifier could not be installed "
                    + "(npm registry or node unreachable): " + install.output());
        }
    }

    @Test
    void digitalBazaarsVerifierAcceptsOursAndRefusesATamperedOrRevokedOne() throws Exception {
        UUID id = fixtures.certified(UUID.randomUUID());
        Path work = Files.createDirectories(ProjectPaths.testWork().resolve("ob3-verify-" + id));
        Path credential = work.resolve("credential.json");
        Files.writeString(credential, certificates.credential(id, null, true));
        publishedDocuments(work);
        Run accepted = verify(credential, work);
        assertEquals(0, accepted.exit(), accepted.output());

        ObjectNode tampered = (ObjectNode) JSON.readTree(credential.toFile());
        tampered.put("name", tampered.path("name").asText() + " (nâng cấp)");
        Path changed = work.resolve("tampered.json");
        Files.writeString(changed, tampered.toString());
        Run refused = verify(changed, work);
        assertEquals(1, refused.exit(), refused.output());
        assertTrue(refused.output().contains("NOT verified"), refused.output());

        certificates.revoke(id, "Kiểm tra thu hồi", "test");
        publishedDocuments(work);
        Run revoked = verify(credential, work);
        assertEquals(1, revoked.exit(), revoked.output());
        assertTrue(revoked.output().contains("revoked"), revoked.output());
    }

    /** The issuer's public documents, as a verifier fetches them, saved as files with an index. */
    private void publishedDocuments(Path dir) throws IOException {
        Map<String, String> index = new LinkedHashMap<>();
        save(dir, index, urls.issuer(), "/issuer", "issuer.json");
        for (IssuerKeys.KeyView key : keys.list()) {
            save(dir, index, urls.key(key.id()), "/issuer/keys/" + key.id(), "key-" + key.id() + ".json");
        }
        save(dir, index, urls.statusList(1), "/issuer/status/1", "status-1.json");
        Files.writeString(dir.resolve("index.json"), JSON.writeValueAsString(index));
    }

    private static void save(Path dir, Map<String, String> index, String url, String path, String file) throws IOException {
        Files.writeString(dir.resolve(file), given().get(path).then().statusCode(200).extract().asString());
        index.put(url, file);
    }

    private static Run verify(Path credential, Path documents) throws Exception {
        return run(TOOL, List.of("node", "verify.mjs", credential.toString(), "--documents", documents.toString()));
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path dir, List<String> command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return new Run(-1, notInstalled.getMessage());
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Run(-1, "timed out");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
