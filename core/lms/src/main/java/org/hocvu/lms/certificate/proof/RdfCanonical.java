package org.hocvu.lms.certificate.proof;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonStructure;

import java.io.StringReader;
import java.io.StringWriter;

/**
 * A JSON-LD document as canonical N-Quads: JSON-LD 1.1 toRdf (titanium-json-ld, bundled contexts
 * only) then RDF Dataset Canonicalization RDFC-1.0 with SHA-256 (titanium-rdfc).
 */
public final class RdfCanonical {
    private RdfCanonical() {
    }

    /** @throws InvalidDocument when the document is not JSON-LD these contexts can expand */
    public static String nquads(String json) {
        try {
            JsonStructure structure = Json.createReader(new StringReader(json)).read();
            RdfCanon canon = RdfCanon.create("SHA-256");
            JsonLd.toRdf(JsonDocument.of(structure)).loader(BundledContexts.INSTANCE).provide(canon);
            StringWriter out = new StringWriter();
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError e) {
            throw new InvalidDocument("not expandable JSON-LD: " + e.getMessage(), e);
        } catch (RdfConsumerException | jakarta.json.JsonException e) {
            throw new InvalidDocument("cannot canonicalise: " + e.getMessage(), e);
        }
    }

    /** A document that cannot be read as JSON-LD. */
    public static final class InvalidDocument extends RuntimeException {
        InvalidDocument(String message, Throwable cause) {
            super(message, cause);
        }
    }

}
