package org.hocvu.lms.course;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.Map;

/**
 * The body of a lesson page as rendered at upload, made ready to sit inside the player: sanitised
 * once more with the format's allow-list, links into the package made absolute under the version's
 * content address, and, for a learner who chose to save data, media replaced by links that say
 * how big they are (nothing is downloaded until asked for).
 */
final class LessonContent {
    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("figure", "figcaption", "audio", "video", "track", "source")
            .addAttributes("img", "loading")
            .addAttributes("audio", "controls", "preload", "src", "aria-label")
            .addAttributes("video", "controls", "preload", "src", "aria-label", "poster")
            .addAttributes("track", "kind", "srclang", "src", "default", "label")
            .addAttributes("source", "src", "type")
            .preserveRelativeLinks(true);
    private static final String FAKE_HOST = "https://lesson.invalid";

    private LessonContent() {
    }

    /**
     * @param contentBase where the version's files are served ({@code /content/<version id>/})
     * @param sizes       the version's files by path, to tell the size of media in light mode
     */
    static String body(String renderedPage, String contentBase, boolean light, Map<String, Long> sizes) {
        Document page = Jsoup.parse(renderedPage);
        Element main = page.selectFirst("main");
        String inner = main == null ? page.body().html() : main.html();
        Document fragment = Jsoup.parseBodyFragment(Jsoup.clean(inner, FAKE_HOST + contentBase + "lessons/", ALLOWED),
                FAKE_HOST + contentBase + "lessons/");
        for (Element e : fragment.select("[src],[href]")) {
            for (String attr : new String[]{"src", "href"}) {
                if (e.hasAttr(attr)) {
                    String absolute = e.absUrl(attr);
                    e.attr(attr, absolute.startsWith(FAKE_HOST) ? absolute.substring(FAKE_HOST.length()) : absolute);
                }
            }
        }
        // the player heads the page with the lesson's title: the lesson's own first heading would repeat it
        Element firstHeading = fragment.body().selectFirst("h1");
        if (firstHeading != null) {
            firstHeading.remove();
        }
        fragment.select("a[href^=http]").attr("rel", "noopener").attr("target", "_blank");
        fragment.select("img").attr("loading", "lazy").attr("decoding", "async");
        if (light) {
            fragment.select("img, audio, video").forEach(media -> lighten(media, contentBase, sizes));
        }
        fragment.outputSettings().prettyPrint(false);
        return fragment.body().html();
    }

    /** A medium becomes a link naming it and its size. */
    private static void lighten(Element media, String contentBase, Map<String, Long> sizes) {
        String src = media.attr("src");
        String name = media.hasAttr("alt") ? media.attr("alt") : media.attr("aria-label");
        Long size = src.startsWith(contentBase) ? sizes.get(src.substring(contentBase.length())) : null;
        Element link = new Element("a").attr("href", src).addClass("media-link")
                .text((name.isBlank() ? src.substring(src.lastIndexOf('/') + 1) : name)
                        + (size == null ? "" : " (" + kilobytes(size) + ")"));
        media.replaceWith(link);
    }

    static String kilobytes(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
