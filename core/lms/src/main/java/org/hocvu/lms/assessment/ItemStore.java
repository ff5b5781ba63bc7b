package org.hocvu.lms.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.plugin.Difficulty;
import org.hocvu.lms.plugin.TestItem;
import org.hocvu.lms.shared.CanonicalJson;
import org.hocvu.lms.xapi.jdbc.Sql;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The assessment context's item table: every version of every item of every bank, kept for ever,
 * so an attempt reads exactly the versions it drew. A stored version never changes; a bank file
 * that changes an item without raising its version keeps the stored one (and says so).
 */
@ApplicationScoped
class ItemStore {
    @Inject
    Sql sql;
    @Inject
    ObjectMapper json;

    /** Stored versions never change, so they are cached for ever. */
    private final Map<ItemRef, TestItem> cache = new ConcurrentHashMap<>();

    record ItemRef(String bank, String itemId, int version) {
    }

    record Candidate(String itemId, int version, long exposures) {
    }

    enum Stored { NEW, SAME, CHANGED_WITHOUT_NEW_VERSION }

    /** Stores one version of an item (once) as current; other versions of it stop being current. */
    Stored put(String bank, TestItem item, String domain, Instant now) {
        String hash = hash(item);
        Optional<String> existing = sql.one("SELECT body_hash FROM assessment_item WHERE bank = ? AND item_id = ? AND version = ?",
                ps -> bind(ps, bank, item.id(), item.version()), rs -> rs.getString(1));
        if (existing.isEmpty()) {
            insert(bank, item, domain, null, hash, now);
        }
        makeCurrent(bank, item.id(), item.version());
        return existing.isEmpty() ? Stored.NEW : existing.get().equals(hash) ? Stored.SAME : Stored.CHANGED_WITHOUT_NEW_VERSION;
    }

    /**
     * Stores an item whose source has no version of its own (a lesson quiz): the same content as the
     * item's latest stored version keeps that row; changed content becomes the next version. The hash
     * is of the item without its version, so it says whether the content changed.
     *
     * @param tags every competency code the item is tagged with
     * @return the version now current
     */
    int putUnversioned(String bank, TestItem item, String domain, List<String> tags, Instant now) {
        String hash = hash(item.withVersion(0));
        record Latest(int version, String hash) {
        }
        Optional<Latest> latest = sql.one("""
                SELECT version, body_hash FROM assessment_item WHERE bank = ? AND item_id = ? ORDER BY version DESC LIMIT 1""", ps -> {
            ps.setString(1, bank);
            ps.setString(2, item.id());
        }, rs -> new Latest(rs.getInt(1), rs.getString(2)));
        int version = latest.map(Latest::version).orElse(0);
        if (latest.isEmpty() || !latest.get().hash().equals(hash)) {
            version++;
            insert(bank, item.withVersion(version), domain, tags, hash, now);
        }
        makeCurrent(bank, item.id(), version);
        return version;
    }

    private void insert(String bank, TestItem item, String domain, List<String> tags, String hash, Instant now) {
        String body = write(item);
        sql.update("""
                INSERT INTO assessment_item (bank, item_id, version, competency, domain, difficulty, item_type, body, body_hash,
                                             created_at, competencies)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?) ON CONFLICT DO NOTHING""", ps -> {
            bind(ps, bank, item.id(), item.version());
            ps.setString(4, item.competency());
            ps.setString(5, domain);
            ps.setString(6, item.difficulty().dataName());
            ps.setString(7, item.type().dataName());
            ps.setString(8, body);
            ps.setString(9, hash);
            ps.setTimestamp(10, Timestamp.from(now));
            ps.setArray(11, tags == null ? null : ps.getConnection().createArrayOf("varchar", tags.toArray()));
        });
    }

    private void makeCurrent(String bank, String itemId, int version) {
        sql.update("UPDATE assessment_item SET current = (version = ?) WHERE bank = ? AND item_id = ?", ps -> {
            ps.setInt(1, version);
            ps.setString(2, bank);
            ps.setString(3, itemId);
        });
    }

    private String hash(TestItem item) {
        return CanonicalJson.sha256(json.convertValue(item, Object.class));
    }

    /** Items no longer in the bank's file stay stored (attempts refer to them) but are drawn no more. */
    void retireAllBut(String bank, Collection<String> itemIds) {
        sql.update("UPDATE assessment_item SET current = false WHERE bank = ? AND current AND NOT (item_id = ANY (?))", ps -> {
            ps.setString(1, bank);
            ps.setArray(2, ps.getConnection().createArrayOf("text", itemIds.toArray()));
        });
    }

    /** The current graded items of one area and difficulty with their stored exposure counts (a plain read: no row is locked). */
    List<Candidate> candidates(String bank, String domain, Difficulty difficulty) {
        return sql.query("""
                SELECT item_id, version, exposures FROM assessment_item
                WHERE bank = ? AND domain = ? AND difficulty = ? AND current AND item_type <> 'likert'
                ORDER BY exposures""", ps -> {
            ps.setString(1, bank);
            ps.setString(2, domain);
            ps.setString(3, difficulty.dataName());
        }, rs -> new Candidate(rs.getString(1), rs.getInt(2), rs.getLong(3)));
    }

    /** Adds folded draw counts ({@link ExposureTally}) to the stored ones, in one transaction (its own unless the caller has one), in the map's order. */
    void addExposures(Map<ItemRef, Long> draws) {
        sql.transaction(c -> {
            Sql.batch(c, "UPDATE assessment_item SET exposures = exposures + ? WHERE bank = ? AND item_id = ? AND version = ?",
                    List.copyOf(draws.entrySet()), (ps, e) -> {
                        ps.setLong(1, e.getValue());
                        ps.setString(2, e.getKey().bank());
                        ps.setString(3, e.getKey().itemId());
                        ps.setInt(4, e.getKey().version());
                    });
            return null;
        });
    }

    TestItem get(ItemRef ref) {
        return cache.computeIfAbsent(ref, r -> sql.one("SELECT body FROM assessment_item WHERE bank = ? AND item_id = ? AND version = ?",
                        ps -> bind(ps, r.bank(), r.itemId(), r.version()), rs -> read(rs.getString(1)))
                .orElseThrow(() -> new IllegalStateException("item " + r + " is not stored")));
    }

    /** The current version of every item of a bank, in id order. */
    List<TestItem> current(String bank) {
        return sql.query("SELECT body FROM assessment_item WHERE bank = ? AND current ORDER BY item_id",
                ps -> ps.setString(1, bank), rs -> read(rs.getString(1)));
    }

    String write(TestItem item) {
        try {
            return json.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    TestItem read(String body) {
        try {
            return json.readValue(body, TestItem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored item cannot be read: " + e.getMessage(), e);
        }
    }

    private static void bind(java.sql.PreparedStatement ps, String bank, String itemId, int version) throws java.sql.SQLException {
        ps.setString(1, bank);
        ps.setString(2, itemId);
        ps.setInt(3, version);
    }
}
