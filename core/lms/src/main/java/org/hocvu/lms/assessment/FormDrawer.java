package org.hocvu.lms.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.shared.ApiException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Draws one form for one attempt from a plugin's bank: for every area of the blueprint, its quota of
 * items per difficulty, the least exposed first with ties broken at random, so the whole bank is
 * used evenly; items in an area are shuffled, options get this attempt's tokens.
 */
@ApplicationScoped
class FormDrawer {
    @Inject
    ItemStore items;

    record Drawn(ItemStore.ItemRef ref, Presentation presentation) {
    }

    static String pluginBank(String testId) {
        return "plugin:" + testId;
    }

    List<Drawn> draw(String testId, PluginData.Blueprint blueprint) {
        String bank = pluginBank(testId);
        Random random = Presentation.random();
        List<Drawn> form = new ArrayList<>();
        for (PluginData.Area area : blueprint.areas()) {
            List<ItemStore.ItemRef> inArea = new ArrayList<>();
            blueprint.quota(area).forEach((difficulty, quota) -> {
                List<ItemStore.Candidate> candidates = new ArrayList<>(items.candidates(bank, area.domain(), difficulty));
                if (candidates.size() < quota) {
                    throw ApiException.conflict("assessment.test.unavailable", testId);
                }
                Collections.shuffle(candidates, random);
                candidates.sort(Comparator.comparingLong(ItemStore.Candidate::exposures));
                candidates.subList(0, quota).forEach(c -> inArea.add(new ItemStore.ItemRef(bank, c.itemId(), c.version())));
            });
            Collections.shuffle(inArea, random);
            inArea.forEach(ref -> form.add(new Drawn(ref, Presentation.draw(items.get(ref), random))));
        }
        items.exposed(bank, form.stream().map(Drawn::ref).toList());
        return form;
    }
}
