package org.hocvu.ui.facilitation;

import org.hocvu.lms.facilitation.FacilitationViews.TopicRef;
import org.hocvu.lms.facilitation.FacilitationViews.TopicView;
import org.hocvu.ui.i18n.PageTexts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Times as read in a Vietnamese commune, topics by name, and the notebook script's texts. */
final class FacilitationWords {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);
    /** The page texts the notebook's script shows, given to it as data-t-* attributes (facil_ + key). */
    private static final List<String> SCRIPT_TEXTS = List.of("state-online", "state-offline", "copy-saving", "copy-saved",
            "copy-failed", "key-locked", "key-expired", "queue-count", "sync-sending", "status-applied",
            "status-duplicate", "status-conflict", "status-rejected", "kind-session", "kind-attendance",
            "kind-registration", "kind-verification", "kind-withdrawal", "conflicts-link", "claim-button",
            "session-saved", "need-session", "attendees", "search-any", "search-none", "search-more", "born",
            "register-consent-missing", "register-invalid", "verify-none", "verify-pass", "verify-note", "verified",
            "withdraw", "withdraw-reason", "topic-course", "topic-lesson", "topic-skill");

    private FacilitationWords() {
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** The topic's name among what sessions can be about; its id when it is no longer offered. */
    static String topicName(TopicRef topic, List<TopicView> topics) {
        if (topic == null) {
            return "";
        }
        return topics.stream().filter(t -> t.kind().equals(topic.kind()) && t.id().equals(topic.id()))
                .map(TopicView::name).findFirst().orElse(topic.id());
    }

    /** data-t-queue-count → "Việc chờ gửi: {0}", in the page's language. */
    static Map<String, String> scriptTexts(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        SCRIPT_TEXTS.forEach(name -> texts.put(name, PageTexts.get(locale, "facil_" + name.replace('-', '_'))));
        return texts;
    }
}
