package org.hocvu.lms.unit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.lms.shared.TextSearch;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The unit context's service: how other contexts read the administrative tree. */
@ApplicationScoped
public class UnitService {
    /** Depth of a commune, ward or special zone; campaign admins add units below it. */
    public static final int COMMUNE_DEPTH = 2;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.-]{1,40}");
    /** Longer than any unit's name with its district and province. */
    static final int MAX_QUERY = 200;

    @Inject
    EntityManager em;
    @Inject
    UnitSearch search;
    @Inject
    FormerUnits former;
    @Inject
    KnownUnits known;

    private Optional<AdminUnit> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(AdminUnit.findById(code));
    }

    /** From memory once read (see {@link KnownUnits}): scope checks run on every dashboard read. */
    public boolean exists(String code) {
        return known.find(code).isPresent();
    }

    public UnitView get(String code) {
        return known.find(code).map(KnownUnits.Known::unit).orElseThrow(() -> ApiException.notFound("unit.not-found", code));
    }

    /** The unit with its path and the old units it took in ({@code formerly}). */
    public UnitView describe(String code) {
        return withPath(code).formerly(former.formerlyIn(code));
    }

    /** An old unit (before 2025-07-01) by its old code, and the new units it became. */
    public FormerUnitLookup former(String oldCode) {
        Map<String, String> successors = oldCode == null || oldCode.length() > 10 ? Map.of() : former.successors(oldCode);
        if (successors.isEmpty()) {
            throw ApiException.notFound("unit.former.not-found", oldCode);
        }
        FormerUnitView unit = former.views(List.of(oldCode), Map.of()).get(oldCode);
        Map<String, UnitView> found = byCode(withPaths(AdminUnit.<AdminUnit>list("code in ?1", successors.keySet())));
        List<FormerUnitLookup.Successor> became = successors.entrySet().stream()
                .map(e -> new FormerUnitLookup.Successor(found.get(e.getKey()), e.getValue(),
                        FormerUnitsLoader.wholePopulation(e.getValue())))
                .toList();
        return new FormerUnitLookup(unit, became);
    }

    /** The unit with its path from the province (first) down to itself (last). */
    public UnitView withPath(String code) {
        return withPaths(List.of(require(code))).get(0);
    }

    /** Units with their paths, loading every ancestor of all of them in one query. */
    private List<UnitView> withPaths(List<AdminUnit> units) {
        Set<String> ancestorCodes = new HashSet<>();
        units.forEach(u -> ancestorCodes.addAll(pathCodes(u)));
        Map<String, UnitView> ancestors = AdminUnit.<AdminUnit>list("code in ?1", ancestorCodes).stream()
                .collect(Collectors.toMap(a -> a.code, UnitView::of));
        return units.stream()
                .map(u -> UnitView.of(u).withPath(pathCodes(u).stream().map(ancestors::get).toList()))
                .toList();
    }

    private static List<String> pathCodes(AdminUnit unit) {
        return Arrays.stream(unit.path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    /** Provinces and cities when {@code parentCode} is null, else the units right below it. */
    public List<UnitView> children(String parentCode) {
        if (parentCode == null) {
            return AdminUnit.<AdminUnit>list("parentCode is null", Sort.by("name")).stream().map(UnitView::of).toList();
        }
        require(parentCode);
        return AdminUnit.<AdminUnit>list("parentCode", Sort.by("name"), parentCode).stream().map(UnitView::of).toList();
    }

    /** The unit and every unit below it, closed ones too, shallowest first: one query on the materialized path. */
    public List<UnitView> subtree(String code) {
        AdminUnit root = require(code);
        return AdminUnit.<AdminUnit>list("path like ?1", Sort.by("depth"), root.path + "%").stream().map(UnitView::of).toList();
    }

    /** True when {@code code} is {@code ancestor} or lies anywhere below it. */
    public boolean isWithin(String code, String ancestor) {
        return known.find(code).map(u -> u.path().contains("/" + ancestor + "/")).orElse(false);
    }

    /** Accent- and case-insensitive search by today's and former names, best first: see {@link UnitSearch}. */
    public Page<UnitView> search(String query, PageRequest page) {
        String q = TextSearch.fold(query);
        if (q.isEmpty()) {
            throw ApiException.badRequest("q", "unit.search.query-required");
        }
        if (q.length() > MAX_QUERY) {
            throw ApiException.badRequest("q", "unit.search.query-too-long", MAX_QUERY);
        }
        UnitSearch.Hits found = search.search(q, page);
        List<String> codes = found.hits().stream().map(UnitSearch.Hit::code).toList();
        Map<String, UnitView> units = byCode(withPaths(AdminUnit.<AdminUnit>list("code in ?1", codes)));
        Map<String, String> relations = new HashMap<>();
        found.hits().stream().filter(h -> h.formerCode() != null).forEach(h -> relations.put(h.formerCode(), h.relation()));
        Map<String, FormerUnitView> formers = former.views(relations.keySet(), relations);
        List<UnitView> items = found.hits().stream()
                .map(h -> units.get(h.code()).formerly(h.formerCode() == null ? null : List.of(formers.get(h.formerCode()))))
                .toList();
        return Page.of(items, page, found.total());
    }

    private static Map<String, UnitView> byCode(List<UnitView> views) {
        return views.stream().collect(Collectors.toMap(UnitView::code, v -> v));
    }

    @Transactional
    public UnitView create(NewUnit input) {
        if (input == null) {
            throw ApiException.badRequest("parentCode", "unit.parent.required");
        }
        AdminUnit parent = UnitRules.parent(input.parentCode());
        String name = UnitRules.name(input.name());
        String kind = UnitRules.kind(input.kind());
        String code = UnitRules.trimmed(input.code());
        if (code == null) {
            code = nextChildCode(parent);
        } else if (!CODE.matcher(code).matches()) {
            throw ApiException.badRequest("code", "unit.code.invalid");
        } else if (exists(code)) {
            throw ApiException.conflict("unit.code.taken", code);
        }
        known.changing();
        AdminUnit unit = new AdminUnit();
        unit.code = code;
        unit.name = name;
        unit.kind = kind;
        unit.official = false;
        UnitRules.placeBelow(unit, parent);
        unit.persist();
        return UnitView.of(unit);
    }

    private String nextChildCode(AdminUnit parent) {
        long n = AdminUnit.count("parentCode", parent.code);
        String code;
        do {
            code = parent.code + "." + (++n);
        } while (exists(code));
        return code;
    }

    AdminUnit require(String code) {
        return find(code).orElseThrow(() -> ApiException.notFound("unit.not-found", code));
    }

}
