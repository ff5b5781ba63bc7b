package org.hocvu.lms.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.campaign.ProgressView.Figure;
import org.hocvu.lms.campaign.ProgressView.ResponsibilityView;
import org.hocvu.lms.campaign.ProgressView.Standing;
import org.hocvu.lms.campaign.ProgressView.Trend;
import org.hocvu.lms.campaign.ProgressView.UnitRef;
import org.hocvu.lms.unit.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The campaign context's read side: a unit's figures for a year, for the people allowed to see them. */
@ApplicationScoped
public class ProgressService {
    @Inject
    CampaignScope scope;
    @Inject
    UnitPaths paths;
    @Inject
    ProgressQueries queries;
    @Inject
    Targets targets;
    @Inject
    IndicatorCatalog catalog;
    @Inject
    ProgressCache cache;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;

    /** The figures of {@code unit} (blank: the caller's own) in {@code year}; 403 outside the caller's scope. */
    public ProgressView progress(SecurityIdentity caller, String unit, Integer year, Locale locale) {
        return progress(caller, unit, year, null, locale);
    }

    /**
     * The figures as they stood at the end of {@code month} of {@code year} (null: the year's end),
     * or today when that is earlier: a monthly report's.
     */
    public ProgressView progress(SecurityIdentity caller, String unit, Integer year, Integer month, Locale locale) {
        Visible read = read(caller, unit, year, month, locale);
        return read.figures().view().withPath(read.path());
    }

    /** {@link #progress(SecurityIdentity, String, Integer, Locale)} as JSON, written once per cached figures and visible path. */
    public byte[] progressJson(SecurityIdentity caller, String unit, Integer year, Locale locale) {
        Visible read = read(caller, unit, year, null, locale);
        return read.figures().json(read.path(), this::json);
    }

    /** Cached figures and the part of their path the caller may follow up (a manager sees no unit above their own). */
    private record Visible(ProgressCache.Entry figures, List<UnitRef> path) {
    }

    /**
     * A cached read runs no SQL at all (the scope check reads units from memory), so only computing
     * the figures takes a transaction.
     */
    private Visible read(SecurityIdentity caller, String unit, Integer year, Integer month, Locale locale) {
        String code = scope.check(caller, unit);
        int y = checkedYear(year);
        if (month != null && (month < 1 || month > 12)) {
            throw org.hocvu.lms.shared.ApiException.badRequest("month", "campaign.month.range");
        }
        LocalDate today = LocalDate.now(clock.withZone(ProgressFeed.CAMPAIGN_ZONE));
        LocalDate last = month == null ? LocalDate.of(y, 12, 31) : YearMonth.of(y, month).atEndOfMonth();
        LocalDate end = last.isBefore(today) ? last : today;
        ProgressCache.Entry figures = cache.get(code, y, end, today, locale,
                () -> QuarkusTransaction.joiningExisting().call(() -> figures(code, y, end, locale)));
        return new Visible(figures, figures.view().path().stream().filter(u -> scope.mayRead(caller, u.code())).toList());
    }

    private byte[] json(ProgressView view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The campaign figures could not be written as JSON", e);
        }
    }

    /** Everything the dashboard shows of a unit, whoever asks (the caller's scope is applied by {@link #progress}). */
    ProgressView figures(String code, int y, LocalDate end, Locale locale) {
        List<UnitView> ancestry = paths.ancestry(code);
        List<UnitView> children = paths.children(code);
        String path = pathOf(ancestry);
        Map<String, Map<String, Targets.Effective>> effective = targets.effective(y, ancestry, children);
        Map<String, Map<String, Long>> baselines = queries.baselines(path, y);
        Map<String, TreeMap<String, Long>> monthly = queries.monthly(path, end);

        List<String> months = months(y, end);
        List<Figure> figures = new ArrayList<>();
        List<Trend> trend = new ArrayList<>();
        for (CampaignIndicator i : catalog.all()) {
            TreeMap<String, Long> perMonth = monthly.getOrDefault(i.key(), new TreeMap<>());
            long actual = perMonth.values().stream().mapToLong(Long::longValue).sum();
            Long denominator = ProgressQueries.denominator(baselines, path, i.group());
            figures.add(figure(i, actual, denominator, effective.get(code).get(i.key()), locale));
            List<Long> cumulative = new ArrayList<>();
            List<Double> percents = new ArrayList<>();
            for (String m : months) {
                long upTo = perMonth.headMap(m, true).values().stream().mapToLong(Long::longValue).sum();
                cumulative.add(upTo);
                percents.add(percent(upTo, denominator));
            }
            trend.add(new Trend(i.group(), i.id(), catalog.indicatorName(i.group(), i.id(), locale), cumulative, percents));
        }
        List<Standing> below = ranked(children, path, end, baselines, effective, locale);
        List<ResponsibilityView> responsibilities = responsibilities(path, y, end, locale);
        return new ProgressView(ref(ancestry.get(ancestry.size() - 1)), y, end, ancestry.stream().map(ProgressService::ref).toList(), figures, below,
                responsibilities, responsibilities.stream().filter(ResponsibilityView::overdue).toList(), months, trend,
                imported(path, end, baselines, locale));
    }

    /** The imported figures of the unit at {@code path}: each unit's latest, its own or its units' below summed. */
    private List<ProgressView.Imported> imported(String path, LocalDate end, Map<String, Map<String, Long>> baselines, Locale locale) {
        Map<String, Map<String, Long>> values = new HashMap<>();
        Map<String, List<ProgressQueries.ImportedRow>> byKey = new TreeMap<>();
        for (ProgressQueries.ImportedRow row : queries.imported(path, end)) {
            values.computeIfAbsent(row.path(), k -> new HashMap<>()).put(row.key(), row.value());
            byKey.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row);
        }
        List<ProgressView.Imported> imported = new ArrayList<>();
        byKey.forEach((key, rows) -> {
            ProgressQueries.ImportedRow first = rows.get(0);
            long value = ProgressQueries.denominator(values, path, key);
            Long denominator = ProgressQueries.denominator(baselines, path, first.group());
            String sources = String.join(", ", rows.stream().map(ProgressQueries.ImportedRow::source).distinct().sorted().toList());
            LocalDate asOf = rows.stream().map(ProgressQueries.ImportedRow::asOf).max(LocalDate::compareTo).orElseThrow();
            imported.add(new ProgressView.Imported(first.group(), catalog.groupName(first.group(), locale), first.figure(), value,
                    denominator, percent(value, denominator), sources, asOf,
                    rows.stream().anyMatch(ProgressQueries.ImportedRow::viaFormerUnits), true));
        });
        return imported;
    }

    private List<Standing> ranked(List<UnitView> children, String path, LocalDate end, Map<String, Map<String, Long>> baselines,
                                  Map<String, Map<String, Targets.Effective>> effective, Locale locale) {
        Map<String, Map<String, Long>> counts = queries.byChild(path, end);
        List<Standing> unranked = new ArrayList<>();
        for (UnitView child : children) {
            String childPath = path + child.code() + "/";
            List<Figure> figures = new ArrayList<>();
            double behind = 0;
            for (CampaignIndicator i : catalog.all()) {
                long actual = counts.getOrDefault(child.code(), Map.of()).getOrDefault(i.key(), 0L);
                Figure f = figure(i, actual, ProgressQueries.denominator(baselines, childPath, i.group()),
                        effective.get(child.code()).get(i.key()), locale);
                figures.add(f);
                behind += f.gap() == null ? 0 : Math.max(0, f.gap());
            }
            unranked.add(new Standing(0, ref(child), round(behind), figures));
        }
        unranked.sort(Comparator.comparingDouble(Standing::behind).reversed().thenComparing(s -> s.unit().name()));
        List<Standing> ranked = new ArrayList<>();
        for (int n = 0; n < unranked.size(); n++) {
            Standing s = unranked.get(n);
            ranked.add(new Standing(n + 1, s.unit(), s.behind(), s.figures()));
        }
        return ranked;
    }

    /** Responsibilities in the subtree; overdue: past the deadline with the target not reached in that unit. */
    private List<ResponsibilityView> responsibilities(String path, int year, LocalDate end, Locale locale) {
        Map<String, Map<String, Figure>> figuresByUnit = new HashMap<>();
        List<ResponsibilityView> result = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(ProgressFeed.CAMPAIGN_ZONE));
        for (Object r : queries.responsibilities(path, year)) {
            Object[] row = (Object[]) r;
            String unit = (String) row[1];
            if (!paths.exists(unit)) {
                continue;
            }
            String key = row[3] + "/" + row[4];
            Figure f = figuresByUnit.computeIfAbsent(unit, u -> unitFigures(u, (String) row[2], year, end, locale)).get(key);
            LocalDate deadline = Roster.toDate(row[7]);
            boolean reached = f != null && f.target() != null && f.percent() != null && f.percent() >= f.target();
            result.add(new ResponsibilityView((UUID) row[0], year, (String) row[3], (String) row[4],
                    catalog.indicatorName((String) row[3], (String) row[4], locale), ref(paths.unit(unit)),
                    (String) row[5], (String) row[6], deadline, f == null ? null : f.percent(), f == null ? null : f.target(),
                    deadline.isBefore(today) && !reached));
        }
        return result;
    }

    private Map<String, Figure> unitFigures(String unit, String path, int year, LocalDate end, Locale locale) {
        Map<String, Map<String, Long>> baselines = queries.baselines(path, year);
        Map<String, TreeMap<String, Long>> monthly = queries.monthly(path, end);
        Map<String, Targets.Effective> effective = targets.effective(year, paths.ancestry(unit), List.of()).get(unit);
        Map<String, Figure> figures = new HashMap<>();
        for (CampaignIndicator i : catalog.all()) {
            long actual = monthly.getOrDefault(i.key(), new TreeMap<>()).values().stream().mapToLong(Long::longValue).sum();
            figures.put(i.key(), figure(i, actual, ProgressQueries.denominator(baselines, path, i.group()), effective.get(i.key()), locale));
        }
        return figures;
    }

    private Figure figure(CampaignIndicator i, long actual, Long denominator, Targets.Effective target, Locale locale) {
        Double percent = percent(actual, denominator);
        Integer t = target == null ? null : target.percent();
        Double gap = t == null || percent == null ? null : round(t - percent);
        Long gapPeople = t == null || denominator == null ? null
                : Math.max(0, (long) Math.ceil(denominator * t / 100.0) - actual);
        return new Figure(i.group(), catalog.groupName(i.group(), locale), i.id(), catalog.indicatorName(i.group(), i.id(), locale),
                actual, denominator, percent, t, target == null ? null : target.setOn(), gap, gapPeople);
    }

    static int checkedYear(Integer year) {
        if (year == null || year < Baselines.FIRST_YEAR || year > Baselines.LAST_YEAR) {
            throw org.hocvu.lms.shared.ApiException.badRequest("year", "campaign.year.range", Baselines.FIRST_YEAR, Baselines.LAST_YEAR);
        }
        return year;
    }

    private static List<String> months(int year, LocalDate end) {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(year, 1); !m.atDay(1).isAfter(end); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }

    private static String pathOf(List<UnitView> ancestry) {
        StringBuilder path = new StringBuilder("/");
        ancestry.forEach(u -> path.append(u.code()).append('/'));
        return path.toString();
    }

    static UnitRef ref(UnitView u) {
        return new UnitRef(u.code(), u.name(), u.kind());
    }

    static Double percent(long actual, Long denominator) {
        return denominator == null || denominator == 0 ? null : round(actual * 100.0 / denominator);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
