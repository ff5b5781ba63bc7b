package org.hocvu.lms.classroom;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.content.catalog.CatalogEntry;
import org.hocvu.lms.content.catalog.CatalogService;
import org.hocvu.lms.identity.LearnerView;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.identity.people.AccountView;
import org.hocvu.lms.identity.people.PeopleService;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.lms.unit.NewUnit;
import org.hocvu.lms.unit.UnitService;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the demo content is published at start ({@code hocvu.content.demo-dir}, as ./run.sh sets it),
 * the demo teacher also gets a class: a school below their commune (added through the unit
 * context, as a campaign admin would), a class there with the newest published modules, and the
 * demo learner in it, all through the services. Done once; skipped, and said so, when Keycloak or
 * the demo people are not there.
 */
@ApplicationScoped
public class DemoClass {
    private static final Logger LOG = Logger.getLogger(DemoClass.class);
    static final String TEACHER = "teacher";
    static final String STUDENT = "learner";
    static final String SCHOOL_SUFFIX = ".DEMO-THCS";
    static final int MODULES = 3;

    @ConfigProperty(name = "hocvu.content.demo-dir")
    Optional<Path> demoDir;
    @Inject
    PeopleService people;
    @Inject
    UnitService units;
    @Inject
    ClassroomService classes;
    @Inject
    Membership membership;
    @Inject
    CatalogService catalog;

    // after DemoPackages (APPLICATION + 900): the modules must be published first
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 950) StartupEvent event) {
        if (demoDir.isEmpty()) {
            return;
        }
        try {
            seed();
        } catch (ApiException | IllegalStateException e) {
            LOG.infof("Demo class not made (%s): the demo teacher can create one on /classes", e.getMessage());
        }
    }

    private void seed() {
        Optional<AccountView> account = people.account(TEACHER);
        if (account.isEmpty()) {
            return;
        }
        LearnerView profile = people.learner(account.get());
        if (profile.unit() == null || !profile.unit().communeOrBelow()) {
            return;
        }
        String commune = profile.unit().code();
        String school = commune + SCHOOL_SUFFIX;
        if (!units.exists(school)) {
            units.create(new NewUnit(commune, "Trường THCS " + profile.unit().name().replaceFirst("^(Xã|Phường|Đặc khu) ", ""),
                    "trường học", school));
        }
        MeView teacher = new MeView(profile.id(), account.get().username(), profile.displayName(),
                List.of(Roles.LEARNER, Roles.TEACHER), units.withPath(commune), Set.copyOf(profile.targetGroups()));
        if (!classes.mine(teacher).teaching().isEmpty()) {
            return;
        }
        ClassView created = classes.create(teacher, new NewClass("Lớp 8A – STEM", school));
        for (CatalogEntry e : catalog.list(null, null, null, null, PageRequest.of(null, String.valueOf(MODULES))).items()) {
            classes.addModule(created.id(), teacher, e.packageId());
        }
        if (people.account(STUDENT).isPresent()) {
            membership.addStudent(created.id(), teacher, STUDENT);
        }
        LOG.infof("Demo class \"%s\" (code %s) made for the demo teacher in %s", created.name(), created.joinCode(), school);
    }
}
