package org.hocvu.lms.competency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.CanonicalJson;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The competency context's service: stored framework versions, their trees, CASE export and import. */
@ApplicationScoped
public class CompetencyService {
    private static final Logger LOG = Logger.getLogger(CompetencyService.class);

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    CaseObjectIndex caseObjects;
    @ConfigProperty(name = "hocvu.base-url", defaultValue = "http://localhost:8080/")
    String caseBaseUri;

    private FrameworkDocuments documents;

    /** Stored versions never change, so a parsed one can be kept by its row id. */
    private final Map<UUID, Framework> parsed = new ConcurrentHashMap<>();

    @jakarta.annotation.PostConstruct
    void init() {
        documents = new FrameworkDocuments(json);
    }

    /** A stored framework version in a list. */
    public record Summary(String key, String version, String title, String origin, String pluginId, boolean current) {
    }

    /**
     * Stores a plugin's framework version once; loading the same content again changes nothing.
     * A new version becomes current and the old one stays, with its codes, for results earned against it.
     * The version's identity is {@code sourceHash}, a hash of the canonical form of the framework file,
     * so a change in the engine's records never looks like a change of the framework.
     *
     * @throws IllegalStateException when this version is stored with other content: the plugin changed
     *                               its framework without raising its version
     */
    @Transactional
    public void registerPluginFramework(String pluginId, Framework f, String sourceHash) {
        FrameworkRecord stored = FrameworkRecord.byKey(f.key(), f.version()).orElse(null);
        if (stored != null && stored.hashBasis.equals(FrameworkRecord.HASH_OF_JAVA_RENDERING)) {
            // stored before hashes were taken over the source: this start adopts the source's hash
            stored.contentHash = sourceHash;
            stored.hashBasis = FrameworkRecord.HASH_OF_SOURCE;
            LOG.infof("Framework %s version %s: identity now taken from its source file", f.key(), f.version());
        } else if (stored != null && !stored.contentHash.equals(sourceHash)) {
            throw new IllegalStateException("plugin " + pluginId + ", file framework.yaml: framework " + f.key()
                    + " version " + f.version() + " differs from the one stored; raise its 'version' so results"
                    + " earned against the stored one keep their meaning");
        }
        if (stored == null) {
            UUID id = UUID.randomUUID();
            int inserted = em.createNativeQuery("""
                            INSERT INTO competency_framework (id, framework_key, version, document_identifier, origin,
                                plugin_id, content_hash, hash_basis, document, is_current)
                            VALUES (?1, ?2, ?3, ?4, 'plugin', ?5, ?6, ?7, ?8, false) ON CONFLICT DO NOTHING""")
                    .setParameter(1, id).setParameter(2, f.key()).setParameter(3, f.version())
                    .setParameter(4, f.identifier()).setParameter(5, pluginId).setParameter(6, sourceHash)
                    .setParameter(7, FrameworkRecord.HASH_OF_SOURCE).setParameter(8, documents.write(f)).executeUpdate();
            if (inserted == 1) {
                storeCodes(id, f);
                LOG.infof("Stored framework %s version %s of plugin %s", f.key(), f.version(), pluginId);
            }
        }
        makeCurrent(f.key(), f.version());
    }

    private void makeCurrent(String key, String version) {
        // two statements so the partial unique index never sees two current versions at once
        em.createNativeQuery("UPDATE competency_framework SET is_current = false WHERE framework_key = ?1 AND is_current AND version <> ?2")
                .setParameter(1, key).setParameter(2, version).executeUpdate();
        em.createNativeQuery("UPDATE competency_framework SET is_current = true WHERE framework_key = ?1 AND version = ?2 AND NOT is_current")
                .setParameter(1, key).setParameter(2, version).executeUpdate();
    }

    private void storeCodes(UUID frameworkId, Framework f) {
        f.items().forEach(i -> code(frameworkId, i.code(), i.identifier(), f.isTop(i) ? "domain" : "competency"));
        caseObjects.store(frameworkId, f);
    }

    /** Versions stored before the CASE object index existed are indexed once, so their URIs resolve too. */
    @Transactional
    void indexStoredVersions(@Observes StartupEvent event) {
        FrameworkRecord.all().stream().filter(r -> !caseObjects.indexed(r.id))
                .forEach(r -> caseObjects.store(r.id, parse(r)));
    }

    private void code(UUID frameworkId, String code, UUID identifier, String kind) {
        em.createNativeQuery("INSERT INTO competency_code (framework_id, code, identifier, kind) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, frameworkId).setParameter(2, code).setParameter(3, identifier).setParameter(4, kind)
                .executeUpdate();
    }

    public List<Summary> list(Locale locale) {
        return FrameworkRecord.all().stream().map(r -> new Summary(r.frameworkKey, r.version,
                parse(r).title().in(locale), r.origin, r.pluginId, r.isCurrent)).toList();
    }

    /** The framework of that key in that version, the current one when {@code version} is null. */
    public Framework get(String key, String version) {
        return FrameworkRecord.byKey(key, version).map(this::parse)
                .orElseThrow(() -> ApiException.notFound("competency.framework.not-found", key,
                        version == null ? "" : version));
    }

    /** How many codes a stored version has: results can reference each of them. */
    public long storedCodes(String key, String version) {
        FrameworkRecord r = FrameworkRecord.byKey(key, version).orElseThrow();
        return ((Number) em.createNativeQuery("SELECT count(*) FROM competency_code WHERE framework_id = ?1")
                .setParameter(1, r.id).getSingleResult()).longValue();
    }

    public FrameworkTree tree(String key, String version, Locale locale) {
        return FrameworkTree.of(get(key, version), locale);
    }

    public CasePackage export(String key, String version, Locale locale) {
        return export(get(key, version), locale);
    }

    /** The CASE package of a framework; links to nodes another stored framework holds point at this provider. */
    CasePackage export(Framework f, Locale locale) {
        java.util.Map<UUID, CaseKind> held = caseObjects.held(CaseExporter.references(f));
        return new CaseExporter(caseBaseUri, id -> java.util.Optional.ofNullable(held.get(id))).export(f, locale);
    }

    /** A stored version by its row id (the provider API finds rows through {@link CaseObjectIndex}). */
    Framework version(UUID rowId) {
        return parse(FrameworkRecord.<FrameworkRecord>findByIdOptional(rowId).orElseThrow());
    }

    /** The current version of every framework. */
    List<Framework> currentVersions() {
        return FrameworkRecord.<FrameworkRecord>list("isCurrent = true order by frameworkKey").stream().map(this::parse).toList();
    }

    /** What an import stored: the framework, whether it became current, what is worth saying about the file. */
    public record Imported(Framework framework, boolean current, List<CaseProblem> warnings) {
    }

    /**
     * Stores a CASE file as a framework version. A new version of a document already here (same identifier,
     * another version or lastChangeDateTime) joins its framework and becomes current when it is the newest;
     * older versions stay readable. Nothing is stored when the file is refused.
     *
     * @throws CaseImportRefused when the file is not valid CASE, with every problem at its path
     * @throws ApiException      (409) when this version of the document is already here
     */
    @Transactional
    public Imported importCase(byte[] body) {
        JsonNode source = parseJson(body);
        CaseImporter.Result result = CaseImporter.read(source, json);
        if (result.framework() == null) {
            throw new CaseImportRefused(result.problems(), result.problemCount());
        }
        Framework f = result.framework();
        long existing = FrameworkRecord.count("documentIdentifier = ?1 and version = ?2", f.identifier(), f.version());
        if (existing > 0) {
            throw ApiException.conflict("competency.case.exists", f.title().in(Locale.ROOT), f.version());
        }
        // a new version of a document already here joins its framework, whatever key that has
        String key = FrameworkRecord.<FrameworkRecord>find("documentIdentifier", f.identifier()).firstResultOptional()
                .map(r -> r.frameworkKey).orElse(f.key());
        f = f.withKey(key);
        FrameworkRecord r = new FrameworkRecord();
        r.id = UUID.randomUUID();
        r.frameworkKey = key;
        r.version = f.version();
        r.documentIdentifier = f.identifier();
        r.origin = "import";
        r.document = documents.write(f);
        r.contentHash = CanonicalJson.sha256(source);
        r.hashBasis = FrameworkRecord.HASH_OF_SOURCE;
        r.isCurrent = false;
        r.persistAndFlush();
        storeCodes(r.id, f);
        Framework current = FrameworkRecord.byKey(key, null).map(this::parse).orElse(null);
        boolean newest = current == null || !changedBefore(current.lastChange(), f.lastChange());
        if (newest) {
            makeCurrent(key, f.version());
        }
        LOG.infof("Imported framework %s version %s from CASE%s", key, f.version(), newest ? " (current)" : "");
        return new Imported(f, newest, result.warnings());
    }

    private JsonNode parseJson(byte[] body) {
        try {
            return json.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw ApiException.badRequest(null, "competency.case.not-json", e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr());
        } catch (java.io.IOException e) {
            throw ApiException.badRequest(null, "competency.case.not-json", 0, 0);
        }
    }

    /** Whether {@code candidate} changed before {@code current}: an older revision imported late does not become current. */
    private static boolean changedBefore(String current, String candidate) {
        try {
            return OffsetDateTime.parse(candidate).isBefore(OffsetDateTime.parse(current));
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }

    private Framework parse(FrameworkRecord r) {
        return parsed.computeIfAbsent(r.id, id -> documents.read(r.document));
    }
}
