package org.hocvu.lms.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hocvu.lms.assessment.importing.BankProblem;
import org.hocvu.lms.assessment.importing.LessonQuizReader;
import org.hocvu.lms.content.PackageDescription;
import org.hocvu.lms.content.PackageKind;
import org.hocvu.lms.content.store.PublishedFiles;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.plugin.TestItem;
import org.hocvu.lms.xapi.jdbc.Sql;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The quiz items of published lesson packages as item banks ({@code package:<package id>}): when a
 * version is published ({@link PackageBankFeed}) and, at start, for every catalog version not stored
 * yet, each lesson's quiz is read through content's {@link PublishedFiles} and its items stored
 * versioned: an item whose content is unchanged keeps its row, a changed one becomes the next
 * version (older ones stay for the attempts that drew them), one no longer in the package is drawn
 * no more. Only the catalog's version is stored, so a late or replayed event changes nothing.
 */
@ApplicationScoped
public class PackageBanks {
    private static final Logger LOG = Logger.getLogger(PackageBanks.class);
    private static final String PREFIX = "package:";
    /** {@code content_package.id}'s width. */
    static final int MAX_PACKAGE_ID = 64;

    @Inject
    PublishedFiles published;
    @Inject
    PluginRegistry plugins;
    @Inject
    ItemStore items;
    @Inject
    Sql sql;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** A package's bank as admins see it: the version stored, its items in use and what was not carried over. */
    public record PackageBankStatus(String bank, String packageId, String version, Instant storedAt, int items,
                                   List<String> problems) {
    }

    public static String bank(String packageId) {
        return PREFIX + packageId;
    }

    /** Versions published before this node knew of package banks, or while it was down, are stored at start. */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        Map<String, UUID> stored = new HashMap<>();
        sql.query("SELECT package_id, version_id FROM assessment_package_bank", ps -> { },
                rs -> stored.put(rs.getString(1), rs.getObject(2, UUID.class)));
        int done = 0;
        for (PublishedFiles.PublishedVersion version : published.current()) {
            if (version.description().kind() == PackageKind.NATIVE
                    && !version.versionId().equals(stored.get(version.description().id()))) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> store(version));
                    done++;
                } catch (RuntimeException e) { // one package's files must not stop the start; the next start tries again
                    LOG.errorf(e, "Package bank %s %s could not be stored", version.description().id(), version.description().version());
                }
            }
        }
        if (done > 0) {
            LOG.infof("Package banks: %d published version(s) read for their quiz items", done);
        }
    }

    /** Stores the version's quiz items if it is (still) its package's version in the catalog; false when it is not. */
    @Transactional
    public boolean storeIfCurrent(String packageId, UUID versionId) {
        Optional<PublishedFiles.PublishedVersion> current = published.version(packageId, null);
        if (current.isEmpty() || !current.get().versionId().equals(versionId)) {
            return false;
        }
        store(current.get());
        return true;
    }

    private void store(PublishedFiles.PublishedVersion version) {
        PackageDescription d = version.description();
        if (d.kind() != PackageKind.NATIVE) {
            return; // cmi5 and SCORM packages mark their own questions; a file of theirs named quiz/… is not a HọcVụ quiz
        }
        String bank = bank(d.id());
        // one writer per package: the start-up catch-up and the event feed may meet
        sql.query("SELECT pg_advisory_xact_lock(hashtext(?))", ps -> ps.setString(1, bank), rs -> 0);
        Map<String, String> domainOf = domains(d.targetGroups());
        List<String> packageCodes = List.copyOf(d.competencyCodes());
        List<BankProblem> problems = new ArrayList<>();
        if (packageCodes.isEmpty()) {
            problems.add(BankProblem.ofBank("assessment.package.no-competency", LessonQuizReader.NO_COMPETENCY));
        }
        Instant now = clock.instant();
        List<String> ids = new ArrayList<>();
        boolean anyQuiz = false;
        for (PackageDescription.Lesson lesson : d.lessons()) {
            Optional<String> quiz = published.quiz(version.versionId(), lesson.id());
            if (quiz.isEmpty()) {
                continue;
            }
            anyQuiz = true;
            List<String> lessonCodes = lesson.competencies().stream().map(PackageDescription.CompetencyLevel::code).toList();
            List<String> declared = lessonCodes.isEmpty() ? packageCodes : lessonCodes;
            LessonQuizReader.Read read = new LessonQuizReader("quiz/" + lesson.id() + ".yaml", lesson.id(), d.languages(),
                    declared.isEmpty() ? null : declared.get(0)).read(quiz.get());
            problems.addAll(read.problems());
            for (TestItem item : read.items()) {
                Set<String> tags = new LinkedHashSet<>();
                if (!LessonQuizReader.NO_COMPETENCY.equals(item.competency())) {
                    tags.add(item.competency());
                }
                tags.addAll(declared);
                items.putUnversioned(bank, item, domainOf.get(item.competency()), List.copyOf(tags), now);
                ids.add(item.id());
            }
        }
        items.retireAllBut(bank, ids);
        boolean known = sql.one("SELECT 1 FROM assessment_package_bank WHERE package_id = ?", ps -> ps.setString(1, d.id()),
                rs -> 1).isPresent();
        if (anyQuiz || known) {
            record(d, version.versionId(), now, ids.size(), problems);
        }
    }

    private void record(PackageDescription d, UUID versionId, Instant now, int count, List<BankProblem> problems) {
        sql.update("""
                INSERT INTO assessment_package_bank (package_id, version, version_id, stored_at, items, problems)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))
                ON CONFLICT (package_id) DO UPDATE SET version = excluded.version, version_id = excluded.version_id,
                    stored_at = excluded.stored_at, items = excluded.items, problems = excluded.problems""", ps -> {
            ps.setString(1, d.id());
            ps.setString(2, d.version());
            ps.setObject(3, versionId);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setInt(5, count);
            ps.setString(6, write(problems));
        });
        if (!problems.isEmpty()) {
            LOG.warnf("Package bank %s %s: %d item(s), %d problem(s):%n  %s", d.id(), d.version(), count, problems.size(),
                    String.join("\n  ", problems.stream().map(p -> p.render(Locale.ENGLISH)).toList()));
        }
    }

    /** Competency code → its domain, in the frameworks of the package's groups (what a blueprint draws by). */
    private Map<String, String> domains(List<String> groups) {
        Map<String, String> domainOf = new HashMap<>();
        Set<String> known = plugins.targetGroupIds();
        groups.stream().filter(known::contains).forEach(g -> plugins.plugin(g).framework().domains()
                .forEach(dom -> {
                    domainOf.putIfAbsent(dom.code(), dom.code()); // a lesson may name a whole domain
                    dom.competencies().forEach(c -> domainOf.putIfAbsent(c.code(), dom.code()));
                }));
        return domainOf;
    }

    /** Every package bank, by package id, its problems in the given language. */
    public List<PackageBankStatus> statuses(Locale language) {
        return sql.query("""
                SELECT package_id, version, stored_at, items, problems FROM assessment_package_bank ORDER BY package_id""",
                ps -> { }, rs -> new PackageBankStatus(bank(rs.getString(1)), rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getInt(4),
                        read(rs.getString(5)).stream().map(p -> p.render(language)).toList()));
    }

    /** The current items of a package's bank, keys included (admins only); empty when the package has no bank. */
    public List<TestItem> items(String packageId) {
        return items.current(bank(packageId));
    }

    private String write(List<BankProblem> problems) {
        try {
            return json.writeValueAsString(problems);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<BankProblem> read(String problems) {
        try {
            return json.readValue(problems, new TypeReference<List<BankProblem>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a package bank's problems cannot be read: " + e.getMessage(), e);
        }
    }
}
