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

    @Inject
    EntityManager em;

    private Optional<AdminUnit> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(AdminUnit.findById(code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    public UnitView get(String code) {
        return UnitView.of(require(code));
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

    /** True when {@code code} is {@code ancestor} or lies anywhere below it. */
    public boolean isWithin(String code, String ancestor) {
        return find(code).map(u -> u.path.contains("/" + ancestor + "/")).orElse(false);
    }

    /**
     * Accent- and case-insensitive search by name, best matches first: the name itself (without
     * "Tỉnh", "Xã"...), then names starting with the words, then names containing them; higher
     * levels before lower ones.
     */
    @SuppressWarnings("unchecked")
    public Page<UnitView> search(String query, PageRequest page) {
        String q = TextSearch.fold(query);
        if (q.isEmpty()) {
            throw ApiException.badRequest("q", "unit.search.query-required");
        }
        String contains = "%" + q + "%";
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM admin_unit WHERE search_name LIKE ?1")
                .setParameter(1, contains).getSingleResult()).longValue();
        List<String> codes = em.createNativeQuery("""
                        SELECT code FROM admin_unit WHERE search_name LIKE ?1
                        ORDER BY CASE WHEN search_bare = ?2 OR search_name = ?2 THEN 0
                                      WHEN search_bare LIKE ?3 THEN 1
                                      WHEN search_name LIKE ?4 THEN 2
                                      ELSE 3 END,
                                 depth, similarity(search_name, ?2) DESC, name, code
                        LIMIT ?5 OFFSET ?6""")
                .setParameter(1, contains).setParameter(2, q).setParameter(3, q + "%").setParameter(4, "% " + q + "%")
                .setParameter(5, page.size()).setParameter(6, page.offset())
                .getResultList();
        Map<String, AdminUnit> found = AdminUnit.<AdminUnit>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(u -> u.code, u -> u));
        List<UnitView> items = withPaths(codes.stream().map(found::get).toList());
        return Page.of(items, page, total);
    }

    @Transactional
    public UnitView create(NewUnit input) {
        if (input == null || input.parentCode() == null || input.parentCode().isBlank()) {
            throw ApiException.badRequest("parentCode", "unit.parent.required");
        }
        AdminUnit parent = find(input.parentCode())
                .orElseThrow(() -> ApiException.badRequest("parentCode", "unit.not-found", input.parentCode()));
        if (parent.depth < COMMUNE_DEPTH) {
            throw ApiException.badRequest("parentCode", "unit.parent.too-high", parent.name);
        }
        String name = trimmed(input.name());
        if (name == null || name.length() > 200) {
            throw ApiException.badRequest("name", "unit.name.required");
        }
        String kind = trimmed(input.kind());
        if (kind == null || kind.length() > 60) {
            throw ApiException.badRequest("kind", "unit.kind.required");
        }
        String code = trimmed(input.code());
        if (code == null) {
            code = nextChildCode(parent);
        } else if (!CODE.matcher(code).matches()) {
            throw ApiException.badRequest("code", "unit.code.invalid");
        } else if (exists(code)) {
            throw ApiException.conflict("unit.code.taken", code);
        }
        AdminUnit unit = new AdminUnit();
        unit.code = code;
        unit.parentCode = parent.code;
        unit.name = name;
        unit.kind = kind;
        unit.depth = parent.depth + 1;
        unit.official = false;
        unit.path = parent.path + code + "/";
        unit.searchName = TextSearch.fold(name);
        unit.searchBare = UnitNames.bare(name, kind);
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

    private AdminUnit require(String code) {
        return find(code).orElseThrow(() -> ApiException.notFound("unit.not-found", code));
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
