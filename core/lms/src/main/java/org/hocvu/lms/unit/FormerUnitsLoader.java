package org.hocvu.lms.unit;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hocvu.lms.shared.TextSearch;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the units before 2025-07-01 and what each became (the statistics office's conversion table,
 * see {@code unit/history/SOURCE.md}) after the official units, once: skipped when all are stored.
 * A district's or province's new units are those its communes became.
 */
@ApplicationScoped
public class FormerUnitsLoader {
    static final String FOLDER = "/unit/history/";
    /** The table's relations where the new unit holds the old one's whole population. */
    private static final Set<String> WHOLE_POPULATION = Set.of("whole", "part_area_all_population", "unchanged", "renamed");
    static final String VIA_COMMUNES = "via-communes";
    private static final Logger LOG = Logger.getLogger(FormerUnitsLoader.class);

    @Inject
    AgroalDataSource dataSource;

    record Former(String code, int level, String name, String parentCode, String searchFull) {
    }

    record Successor(String formerCode, String unitCode, String relation, int rank) {
    }

    record Table(List<Former> units, List<Successor> successors) {
    }

    void onStart(@Observes @Priority(OfficialUnitsLoader.PRIORITY + 1) StartupEvent event) {
        Table table = read();
        try (Connection c = dataSource.getConnection()) {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM former_unit")) {
                rs.next();
                if (rs.getLong(1) == table.units().size()) {
                    return;
                }
            }
            store(c, table);
            LOG.infof("Loaded %d former units and %d old-to-new links", table.units().size(), table.successors().size());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the former administrative units", e);
        }
    }

    static Table read() {
        Map<String, String[]> provinces = rows("old-provinces.csv");
        Map<String, Former> units = new LinkedHashMap<>();
        Map<String, Successor> successors = new LinkedHashMap<>();
        provinces.forEach((code, p) -> {
            units.put(code, new Former(code, 1, p[1], null, TextSearch.fold(p[1])));
            link(successors, code, p[2], "whole", 0);
        });
        Map<String, String[]> districts = rows("old-districts.csv");
        districts.forEach((code, d) -> units.put(code, new Former(code, 2, d[3], d[0],
                TextSearch.fold(d[3]) + " " + bare(d[1]))));
        for (String[] w : all("old-to-new-wards-extended.csv")) {
            String district = w[2];
            String ward = w[4];
            String unit = w[8];
            String relation = w[10];
            int rank = wholePopulation(relation) ? 0 : 1;
            if (ward.isEmpty()) {
                // island districts without communes, an uncoded coastal area: the district itself moved
                link(successors, district, unit, relation, rank);
                continue;
            }
            // with and without the district: "phường 1 cao lãnh" and "mỹ an hưng b, đồng tháp" (the query has no '|')
            String name = TextSearch.fold(w[5]);
            units.putIfAbsent(ward, new Former(ward, 3, w[5], district,
                    name + " " + bare(w[3]) + " " + bare(w[1]) + " | " + name + " " + bare(w[1])));
            link(successors, ward, unit, relation, rank);
            link(successors, district, unit, VIA_COMMUNES, rank);
        }
        return new Table(List.copyOf(units.values()), List.copyOf(successors.values()));
    }

    static boolean wholePopulation(String relation) {
        return WHOLE_POPULATION.contains(relation);
    }

    /** The first link between two units wins, except that a whole-population one replaces a partial one. */
    private static void link(Map<String, Successor> successors, String former, String unit, String relation, int rank) {
        successors.merge(former + ">" + unit, new Successor(former, unit, relation, rank),
                (kept, offered) -> offered.rank() < kept.rank() ? offered : kept);
    }

    /** "Huyện Cao Lãnh" → "cao lanh"; a number keeps its kind: "Phường 1" stays "phuong 1". */
    static String bare(String name) {
        String folded = TextSearch.fold(name);
        for (String kind : UnitNames.KINDS) {
            if (folded.startsWith(kind + " ") && !folded.substring(kind.length() + 1).matches("[0-9 ]+")) {
                return folded.substring(kind.length() + 1);
            }
        }
        return folded;
    }

    private static void store(Connection c, Table table) throws SQLException {
        OfficialUnitsLoader.inOneTransaction(c, () -> {
            try (PreparedStatement units = c.prepareStatement("""
                    INSERT INTO former_unit (code, level, name, parent_code, search_name, search_bare, search_full)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING""");
                 PreparedStatement links = c.prepareStatement("""
                         INSERT INTO former_unit_successor (former_code, unit_code, relation, rank)
                         VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                for (Former f : table.units()) {
                    units.setString(1, f.code());
                    units.setInt(2, f.level());
                    units.setString(3, f.name());
                    units.setString(4, f.parentCode());
                    units.setString(5, TextSearch.fold(f.name()));
                    units.setString(6, bare(f.name()));
                    units.setString(7, f.searchFull());
                    units.addBatch();
                }
                units.executeBatch();
                for (Successor s : table.successors()) {
                    links.setString(1, s.formerCode());
                    links.setString(2, s.unitCode());
                    links.setString(3, s.relation());
                    links.setInt(4, s.rank());
                    links.addBatch();
                }
                links.executeBatch();
            }
        });
    }

    /** Rows keyed by their first column's code (old-provinces: province; old-districts: district). */
    private static Map<String, String[]> rows(String file) {
        Map<String, String[]> byCode = new LinkedHashMap<>();
        int key = file.equals("old-districts.csv") ? 2 : 0;
        all(file).forEach(r -> byCode.put(r[key], r));
        return byCode;
    }

    private static List<String[]> all(String file) {
        CsvMapper csv = new CsvMapper();
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = FormerUnitsLoader.class.getResourceAsStream(FOLDER + file);
             MappingIterator<String[]> it = csv.readerFor(String[].class)
                     .with(CsvSchema.emptySchema().withSkipFirstDataRow(true))
                     .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).readValues(in)) {
            it.forEachRemaining(rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(FOLDER + file + " cannot be read", e);
        }
        return rows;
    }
}
