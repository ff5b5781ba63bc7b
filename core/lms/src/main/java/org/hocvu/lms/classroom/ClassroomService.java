package org.hocvu.lms.classroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.content.catalog.CatalogEntry;
import org.hocvu.lms.content.catalog.CatalogService;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.unit.UnitView;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * School classes: a teacher creates a class in their school and loads published packages (STEM/STEAM
 * modules) into it; a class is seen by its teacher and its students only, by nobody else (a 404,
 * so that a class id tells a stranger nothing). Students join through {@link Membership}.
 */
@ApplicationScoped
public class ClassroomService {
    static final int MAX_NAME = 120;
    static final int MAX_MODULES = 50;
    private static final int CODE_TRIES = 5;

    @Inject
    EntityManager em;
    @Inject
    UnitService units;
    @Inject
    IdentityService identities;
    @Inject
    CatalogService catalog;
    @Inject
    Clock clock;

    /**
     * The schools a teacher may open a class in: their own unit or a unit above it that is a school,
     * and the schools right below their unit (a teacher whose unit is the commune picks its school).
     */
    public List<UnitView> schools(MeView teacher) {
        if (teacher.unit() == null) {
            return List.of();
        }
        List<UnitView> found = new ArrayList<>();
        teacher.unit().path().stream().filter(UnitView::school).forEach(found::add);
        if (teacher.unit().communeOrBelow()) {
            units.children(teacher.unit().code()).stream().filter(UnitView::school).forEach(found::add);
        }
        return found.stream().filter(u -> !u.closed()).toList();
    }

    @Transactional
    public ClassView create(MeView teacher, NewClass input) {
        requireTeacher(teacher);
        String name = input == null || input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw ApiException.badRequest("name", "classroom.name.required", MAX_NAME);
        }
        List<UnitView> allowed = schools(teacher);
        if (allowed.isEmpty()) {
            throw ApiException.badRequest("schoolCode", "classroom.school.none");
        }
        String wanted = input.schoolCode() == null || input.schoolCode().isBlank() ? allowed.get(0).code() : input.schoolCode().strip();
        UnitView school = allowed.stream().filter(u -> u.code().equals(wanted)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("schoolCode", "classroom.school.not-yours", wanted));
        SchoolClass c = new SchoolClass();
        c.id = UUID.randomUUID();
        c.schoolCode = school.code();
        c.teacherId = teacher.id();
        c.name = name;
        c.joinCode = freeCode();
        c.createdAt = clock.instant();
        c.persist();
        return view(c, teacher.id());
    }

    private String freeCode() {
        for (int i = 0; i < CODE_TRIES; i++) {
            String code = JoinCodes.next();
            if (SchoolClass.count("joinCode", code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free class code after " + CODE_TRIES + " tries");
    }

    /** The classes the caller teaches (newest first) and those they are a student of. */
    @Transactional
    public MyClasses mine(MeView me) {
        List<SchoolClass> teaching = me.roles().contains(Roles.TEACHER)
                ? SchoolClass.list("teacherId = ?1 ORDER BY createdAt DESC", me.id()) : List.of();
        List<SchoolClass> attending = SchoolClass.list(
                "id IN (SELECT m.classId FROM ClassMember m WHERE m.learnerId = ?1) ORDER BY name", me.id());
        return new MyClasses(teaching.stream().map(this::summary).toList(), attending.stream().map(this::summary).toList());
    }

    /** A class for its teacher or one of its students; 404 for anyone else. */
    @Transactional
    public ClassView get(UUID classId, MeView me) {
        SchoolClass c = visible(classId, me);
        return view(c, me.id());
    }

    @Transactional
    public ClassView addModule(UUID classId, MeView teacher, String packageId) {
        SchoolClass c = owned(classId, teacher);
        if (packageId == null || packageId.isBlank() || packageId.length() > 100 || !catalog.isPublished(packageId.strip())) {
            throw ApiException.badRequest("packageId", "classroom.module.not-published", packageId == null ? "" : packageId);
        }
        List<String> modules = moduleIds(c.id);
        if (modules.size() >= MAX_MODULES) {
            throw ApiException.badRequest("packageId", "classroom.module.too-many", MAX_MODULES);
        }
        em.createNativeQuery("""
                        INSERT INTO classroom_module (class_id, package_id, position, added_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, c.id).setParameter(2, packageId.strip()).setParameter(3, modules.size())
                .setParameter(4, clock.instant()).executeUpdate();
        return view(c, teacher.id());
    }

    @Transactional
    public ClassView removeModule(UUID classId, MeView teacher, String packageId) {
        SchoolClass c = owned(classId, teacher);
        em.createNativeQuery("DELETE FROM classroom_module WHERE class_id = ?1 AND package_id = ?2")
                .setParameter(1, c.id).setParameter(2, packageId).executeUpdate();
        return view(c, teacher.id());
    }

    /** The class when {@code teacher} teaches it; 404 otherwise (the same answer as a class that does not exist). */
    SchoolClass owned(UUID classId, MeView teacher) {
        SchoolClass c = classId == null ? null : SchoolClass.findById(classId);
        if (c == null || !c.teacherId.equals(teacher.id()) || !teacher.roles().contains(Roles.TEACHER)) {
            throw ApiException.notFound("classroom.not-found");
        }
        return c;
    }

    private SchoolClass visible(UUID classId, MeView me) {
        SchoolClass c = classId == null ? null : SchoolClass.findById(classId);
        if (c == null || !(c.teacherId.equals(me.id()) || ClassMember.isMember(c.id, me.id()))) {
            throw ApiException.notFound("classroom.not-found");
        }
        return c;
    }

    static void requireTeacher(MeView me) {
        if (!me.roles().contains(Roles.TEACHER)) {
            throw new ApiException(jakarta.ws.rs.core.Response.Status.FORBIDDEN, "classroom.teacher-only", null);
        }
    }

    List<String> moduleIds(UUID classId) {
        return ((List<?>) em.createNativeQuery("SELECT package_id FROM classroom_module WHERE class_id = ?1 ORDER BY position, added_at")
                .setParameter(1, classId).getResultList()).stream().map(Object::toString).toList();
    }

    /** The class's modules in order, each with its catalog entry (absent when no longer published). */
    List<ModuleView> modules(UUID classId) {
        List<String> ids = moduleIds(classId);
        Map<String, CatalogEntry> entries = catalog.published(ids);
        List<ModuleView> modules = new ArrayList<>();
        for (String id : ids) {
            CatalogEntry e = entries.get(id);
            modules.add(e == null ? new ModuleView(id, Map.of(), null, 0, false, null)
                    : new ModuleView(id, e.title(), e.version(), e.lessons().size(), true, "/learn/" + id));
        }
        return modules;
    }

    ClassView view(SchoolClass c, UUID viewer) {
        boolean teacher = c.teacherId.equals(viewer);
        String teacherName = Optional.ofNullable(identities.learners(List.of(c.teacherId)).get(c.teacherId))
                .map(l -> l.displayName()).orElse(null);
        return new ClassView(c.id, c.name, units.withPath(c.schoolCode), teacherName, teacher ? c.joinCode : null, teacher,
                modules(c.id), (int) ClassMember.count("classId", c.id), c.createdAt);
    }

    private ClassSummary summary(SchoolClass c) {
        int modules = ((Number) em.createNativeQuery("SELECT count(*) FROM classroom_module WHERE class_id = ?1")
                .setParameter(1, c.id).getSingleResult()).intValue();
        return new ClassSummary(c.id, c.name, units.get(c.schoolCode).name(), modules, (int) ClassMember.count("classId", c.id),
                c.createdAt);
    }

    /** Names for a list of learner ids, kept in order. */
    Map<UUID, String> names(List<UUID> learners) {
        Map<UUID, String> names = new LinkedHashMap<>();
        var found = identities.learners(learners);
        learners.forEach(id -> names.put(id, found.containsKey(id) ? found.get(id).displayName() : id.toString()));
        return names;
    }
}
