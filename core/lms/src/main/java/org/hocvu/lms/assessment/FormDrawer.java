package org.hocvu.lms.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.shared.ApiException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws one form for one attempt from a plugin's bank: for every area of the blueprint, its quota of
 * items per difficulty, the least exposed first with ties broken at random, so the whole bank is
 * used evenly; items in an area are shuffled, options get this attempt's tokens. Drawing locks no
 * item row: exposures are counted by {@link ExposureTally}, so simultaneous Starts never wait on each other.
 */
@ApplicationScoped
class FormDrawer {
    @Inject
    ItemStore items;
    @Inject
    ExposureTally exposures;

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
                Map<ItemStore.ItemRef, Long> exposed = new HashMap<>();
                items.candidates(bank, area.domain(), difficulty).forEach(c -> {
                    ItemStore.ItemRef ref = new ItemStore.ItemRef(bank, c.itemId(), c.version());
                    exposed.put(ref, c.exposures() + exposures.unfolded(ref));
                });
                if (exposed.size() < quota) {
                    throw ApiException.conflict("assessment.test.unavailable", testId);
                }
                List<ItemStore.ItemRef> refs = new ArrayList<>(exposed.keySet());
                // shuffled first, so equally exposed items come in a different order for each concurrent draw
                Collections.shuffle(refs, random);
                refs.sort(Comparator.comparingLong(exposed::get));
                inArea.addAll(refs.subList(0, quota));
            });
            Collections.shuffle(inArea, random);
            inArea.forEach(ref -> form.add(new Drawn(ref, Presentation.draw(items.get(ref), random))));
        }
        exposures.drawn(form.stream().map(Drawn::ref).toList());
        return form;
    }
}
