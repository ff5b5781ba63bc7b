package org.hocvu.ui.layout;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hocvu.lms.identity.Roles;
import org.hocvu.ui.i18n.PageTexts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The navigation comes from the pages' own @NavEntry, nothing else: order, roles, current page, labels. */
@QuarkusTest
class NavigationTest {
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Inject
    Navigation navigation;

    @Test
    void thePagesDeclareTheNavigationInOrder() {
        assertEquals(List.of("/", "/catalog", "/me", "/tests", "/certificates", "/classes", "/packages", "/enrolments", "/review", "/facilitate", "/campaign", "/campaign/admin", "/facilitate/overview", "/admin"), navigation.entries().stream().map(Navigation.Entry::path).toList());
        navigation.entries().forEach(e -> assertTrue(PageTexts.has(e.label()), e.label() + " is not a page text"));
    }

    @Test
    void eachPersonSeesTheEntriesOfTheirRolesWithTheCurrentPageMarked() {
        List<Navigation.Link> learner = navigation.linksFor(Set.of(Roles.LEARNER), VI, "/me/units?q=ba");
        assertEquals(List.of("Trang của tôi", "Thư viện", "Thông tin của tôi", "Bài kiểm tra", "Chứng nhận", "Lớp học"), learner.stream().map(Navigation.Link::label).toList());
        assertEquals(List.of(false, false, true, false, false, false), learner.stream().map(Navigation.Link::current).toList());
        List<Navigation.Link> admin = navigation.linksFor(Set.of(Roles.ADMIN), Locale.ENGLISH, "/?x=1");
        assertEquals(List.of("/", "/catalog", "/me", "/classes", "/campaign", "/campaign/admin", "/facilitate/overview", "/admin"), admin.stream().map(Navigation.Link::href).toList());
        assertEquals(List.of(true, false, false, false, false, false, false, false), admin.stream().map(Navigation.Link::current).toList());
    }
}
