package org.hocvu.lms.assessment;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.plugin.TestBank;
import org.hocvu.lms.plugin.TestItem;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * At start, every plugin's test bank is stored in the item table: a new version of an item becomes
 * the current one, older versions stay for the attempts that drew them, and an item changed
 * without a new version keeps its stored text (reported, as the bank's other problems are).
 */
@ApplicationScoped
public class PluginBanks {
    private static final Logger LOG = Logger.getLogger(PluginBanks.class);

    @Inject
    PluginRegistry plugins;
    @Inject
    ItemStore items;
    @Inject
    Clock clock;

    private final Map<String, List<String>> warnings = new HashMap<>();

    /** A bank as an admin sees it: whether the standard test can be taken, and every problem by file and line. */
    public record BankStatus(String testId, String file, boolean usable, int items, List<String> problems) {
    }

    @Transactional
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 500) StartupEvent event) {
        plugins.targetGroupIds().forEach(this::store);
    }

    private void store(String testId) {
        TestBank bank = plugins.testBank(testId);
        if (!bank.present() || bank.items().isEmpty()) {
            return;
        }
        PluginData plugin = plugins.plugin(testId);
        Map<String, String> domainOf = new HashMap<>();
        plugin.framework().domains().forEach(d -> d.competencies().forEach(c -> domainOf.put(c.code(), d.code())));
        Instant now = clock.instant();
        List<String> changed = new ArrayList<>();
        for (TestItem item : bank.items()) {
            String bankId = FormDrawer.pluginBank(testId);
            if (items.put(bankId, item, domainOf.get(item.competency()), now) == ItemStore.Stored.CHANGED_WITHOUT_NEW_VERSION) {
                changed.add(bank.file() + ": item " + item.id() + " changed without a new version (" + item.version()
                        + "): the stored text is kept; raise its version to use the new one");
            }
        }
        items.retireAllBut(FormDrawer.pluginBank(testId), bank.items().stream().map(TestItem::id).toList());
        changed.forEach(LOG::warn);
        synchronized (warnings) {
            warnings.put(testId, changed);
        }
    }

    public List<BankStatus> statuses() {
        return plugins.targetGroupIds().stream().map(id -> {
            TestBank bank = plugins.testBank(id);
            List<String> problems = new ArrayList<>(bank.problems().stream().map(Object::toString).toList());
            synchronized (warnings) {
                problems.addAll(warnings.getOrDefault(id, List.of()));
            }
            return new BankStatus(id, bank.file(), bank.usable(), bank.items().size(), problems);
        }).toList();
    }
}
