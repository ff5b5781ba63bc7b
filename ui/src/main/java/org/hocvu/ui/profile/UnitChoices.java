package org.hocvu.ui.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.lms.unit.FormerUnitView;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.unit.UnitView;
import org.hocvu.ui.i18n.Texts;
import org.hocvu.ui.layout.Words;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The units a search on the "about me" page finds, in words: address, the former unit it matched, choosable or not. */
@ApplicationScoped
class UnitChoices {
    static final int PER_PAGE = 10;

    @Inject
    UnitService units;

    Page<UnitChoice> find(ProfileForm form, Locale locale) {
        Page<UnitView> found = units.search(form.query(), new PageRequest(form.page(), PER_PAGE));
        return found.map(u -> new UnitChoice(u.code(), Words.address(u), formerly(u, locale), u.communeOrBelow(),
                u.code().equals(form.unitCode())));
    }

    /** "trước đây: Xã Mỹ Tân, Huyện Cao Lãnh, Tỉnh Đồng Tháp"; a split old ward says each new one took part of it. */
    private static String formerly(UnitView unit, Locale locale) {
        if (unit.formerly() == null || unit.formerly().isEmpty()) {
            return null;
        }
        FormerUnitView former = unit.formerly().get(0);
        String where = Stream.of(former.name(), former.district(), former.province()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        String key = "part".equals(former.relation()) ? "me_unit_formerly_part" : "me_unit_formerly";
        return Texts.get(locale, key, where);
    }
}
