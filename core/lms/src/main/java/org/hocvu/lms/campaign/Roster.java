package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hocvu.lms.xapi.jdbc.Sql;

import java.sql.Connection;
import java.sql.SQLException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Where each learner counts: the campaign's copy of their unit and groups, kept from the roster
 * events, and their achieved indicators. A learner who moves unit or group takes their counts along.
 * Every change locks the learner's row first, so the two feeds never count one learner twice.
 */
@ApplicationScoped
class Roster {
    @Inject
    EntityManager em;
    @Inject
    Tally tally;

    /** The unit a learner counts in (null until the roster says). */
    record Place(String unitCode, String unitPath) {
    }

    /** A learner as the campaign knows them, locked for this transaction. */
    record Member(UUID id, Place place, Set<String> groups) {
    }

    /**
     * The statement feed and the three roster feeds each run in their own thread and lock learners and
     * daily counts in their own order; one transaction-scoped lock taken first makes them take turns
     * instead of deadlocking (they are background work, so waiting costs nothing a person sees).
     */
    void serialiseWriters() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('hocvu.campaign'), 0)").getSingleResult();
    }

    Member lock(UUID learner) {
        em.createNativeQuery("INSERT INTO campaign_learner (learner_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, learner).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT unit_code, unit_path, array_to_string(groups, ',') FROM campaign_learner
                        WHERE learner_id = ?1 FOR UPDATE""")
                .setParameter(1, learner).getSingleResult();
        String groups = (String) row[2];
        return new Member(learner, new Place((String) row[0], (String) row[1]),
                groups == null || groups.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(groups.split(","))));
    }

    /** {@link #lock} for a batch's learners at once, in learner order (the order every writer locks in). */
    Map<UUID, Member> lockAll(Connection c, java.sql.Array learners) throws SQLException {
        Sql.update(c, "INSERT INTO campaign_learner (learner_id) SELECT unnest(?::uuid[]) ON CONFLICT DO NOTHING",
                ps -> ps.setArray(1, learners));
        Map<UUID, Member> members = new LinkedHashMap<>();
        Sql.query(c, """
                SELECT learner_id, unit_code, unit_path, array_to_string(groups, ',') FROM campaign_learner
                 WHERE learner_id = ANY (?) ORDER BY learner_id FOR UPDATE""", ps -> ps.setArray(1, learners), rs -> {
            String groups = rs.getString(4);
            UUID id = rs.getObject(1, UUID.class);
            return members.put(id, new Member(id, new Place(rs.getString(2), rs.getString(3)),
                    groups == null || groups.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(groups.split(",")))));
        });
        return members;
    }

    /** {@link #achieved} for a batch's learners at once. */
    Map<UUID, Map<String, LocalDate>> achievedAll(Connection c, java.sql.Array learners) throws SQLException {
        Map<UUID, Map<String, LocalDate>> achieved = new LinkedHashMap<>();
        Sql.query(c, """
                SELECT learner_id, group_id, indicator_id, achieved_on FROM campaign_learner_indicator
                 WHERE learner_id = ANY (?) ORDER BY learner_id, group_id, indicator_id""", ps -> ps.setArray(1, learners),
                rs -> achieved.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                        .put(rs.getString(2) + "/" + rs.getString(3), rs.getDate(4).toLocalDate()));
        return achieved;
    }

    /** The learner's achieved indicators by key (group/indicator), with the day of each. */
    Map<String, LocalDate> achieved(UUID learner) {
        Map<String, LocalDate> achieved = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery("""
                        SELECT group_id, indicator_id, achieved_on FROM campaign_learner_indicator
                        WHERE learner_id = ?1 ORDER BY group_id, indicator_id""")
                .setParameter(1, learner).getResultList();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            achieved.put(row[0] + "/" + row[1], toDate(row[2]));
        }
        return achieved;
    }

    /** Moves the learner to a unit: their achievements leave the old unit's counts and join the new one's. */
    void moveTo(UUID learner, Place to, Tally.Changes changes) {
        Member m = lock(learner);
        if (java.util.Objects.equals(m.place().unitCode(), to.unitCode())
                && java.util.Objects.equals(m.place().unitPath(), to.unitPath())) {
            return;
        }
        achieved(learner).forEach((key, day) -> {
            String group = groupOf(key);
            if (m.groups().contains(group)) {
                changes.add(m.place(), group, indicatorOf(key), day, -1);
                changes.add(to, group, indicatorOf(key), day, +1);
            }
        });
        em.createNativeQuery("UPDATE campaign_learner SET unit_code = ?2, unit_path = ?3 WHERE learner_id = ?1")
                .setParameter(1, learner).setParameter(2, to.unitCode()).setParameter(3, to.unitPath()).executeUpdate();
    }

    /** Sets the learner's groups: achievements count for the groups they joined, no more for those they left. */
    void regroup(UUID learner, Set<String> groups, Tally.Changes changes) {
        Member m = lock(learner);
        Set<String> now = new TreeSet<>(groups);
        if (m.groups().equals(now)) {
            return;
        }
        achieved(learner).forEach((key, day) -> {
            String group = groupOf(key);
            boolean was = m.groups().contains(group);
            boolean is = now.contains(group);
            if (was != is) {
                changes.add(m.place(), group, indicatorOf(key), day, is ? +1 : -1);
            }
        });
        em.createNativeQuery("UPDATE campaign_learner SET groups = string_to_array(?2, ',')::varchar[] WHERE learner_id = ?1")
                .setParameter(1, learner).setParameter(2, String.join(",", now)).executeUpdate();
    }

    static String groupOf(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    static String indicatorOf(String key) {
        return key.substring(key.indexOf('/') + 1);
    }

    static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
