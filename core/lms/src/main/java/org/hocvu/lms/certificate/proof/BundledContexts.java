package org.hocvu.lms.certificate.proof;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON-LD document loader of signing and verifying: it serves the contexts HọcVụ bundles
 * ({@code certificate/contexts/}, copies of 1EdTech's validator's, see SOURCE.md there) and refuses
 * every other URL. It never fetches: a credential's meaning must not depend on the network, and a
 * verifier that fetches can be made to call anywhere.
 */
public final class BundledContexts implements DocumentLoader {
    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_V3P0_3_0_3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String CREDENTIALS_V1 = "https://www.w3.org/2018/credentials/v1";
    public static final BundledContexts INSTANCE = new BundledContexts();

    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry(CREDENTIALS_V2, "credentials-v2.jsonld"),
            Map.entry(CREDENTIALS_V1, "2018-credentials-v1.jsonld"),
            Map.entry(OB_V3P0_3_0_3, "ob-v3p0-3.0.3.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "ob-v3p0-3.0.2.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "ob-v3p0-3.0.1.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context.json", "ob-v3p0.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld", "ob-v3p0.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "ob-v3p0-extensions.json"),
            Map.entry("https://w3id.org/security/data-integrity/v1", "data-integrity-v1.jsonld"),
            Map.entry("https://www.w3.org/ns/did/v1", "did-v1.jsonld"),
            Map.entry("https://w3id.org/security/suites/ed25519-2020/v1", "security-suites-ed25519-2020-v1.jsonld"));

    private final Map<String, JsonDocument> loaded = new ConcurrentHashMap<>();

    private BundledContexts() {
    }

    /** The URLs served, for the verifier's list of known contexts and for the node verifier's loader. */
    public static Set<String> urls() {
        return FILES.keySet();
    }

    /** The bundled bytes of a context URL (the node verifier gets the same files). */
    public static byte[] bytes(String url) {
        String file = FILES.get(url);
        if (file == null) {
            throw new IllegalArgumentException("no bundled context for " + url);
        }
        try (InputStream in = BundledContexts.class.getResourceAsStream("/certificate/contexts/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String key = url.toString();
        if (!FILES.containsKey(key)) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "context " + key + " is not bundled with HọcVụ, and contexts are never fetched");
        }
        return loaded.computeIfAbsent(key, k -> {
            try (InputStream in = new java.io.ByteArrayInputStream(bytes(k))) {
                JsonDocument document = JsonDocument.of(in);
                document.setDocumentUrl(url);
                return document;
            } catch (JsonLdError | IOException e) {
                throw new IllegalStateException("bundled context " + k + " is unreadable", e);
            }
        });
    }
}
