package org.hocvu.lms.content.nativeformat;

import org.commonmark.renderer.html.HtmlRenderer;
import org.hocvu.lms.content.check.ActiveContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Optional;

/**
 * Renders a lesson's Markdown to the light, printable page HọcVụ serves: CommonMark to HTML, then
 * the allow-list of {@link ActiveContent} (so a lesson that slipped past the checks still cannot
 * run anything), images with a title become figures with a caption, and an "image" that is audio
 * or video becomes a player with its captions track. Links into the package are made relative to
 * where the page is served ({@code lessons/}).
 */
public final class LessonRenderer {
    private static final HtmlRenderer HTML = HtmlRenderer.builder().sanitizeUrls(true).build();

    private LessonRenderer() {
    }

    public static String page(String title, String language, String markdown) {
        String body = ActiveContent.sanitise(HTML.render(Markdown.parse(markdown)));
        Document fragment = Jsoup.parseBodyFragment(body);
        for (Element img : fragment.select("img[src]")) {
            Optional<MediaPolicy.Kind> kind = MediaPolicy.kindOf(img.attr("src"));
            Element replacement = kind.isPresent() && kind.get() != MediaPolicy.Kind.IMAGE
                    ? player(img, kind.get(), language) : img.clone().attr("loading", "lazy");
            Element figure = new Element("figure").appendChild(replacement);
            if (!img.attr("title").isBlank()) {
                figure.appendElement("figcaption").text(img.attr("title"));
                replacement.removeAttr("title");
            }
            img.replaceWith(figure);
        }
        fragment.select("[src],[href]").forEach(LessonRenderer::relativeToLessons);
        fragment.outputSettings().prettyPrint(false);
        return "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + org.jsoup.nodes.Entities.escape(title) + "</title>"
                + "<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem}"
                + "img,video{max-width:100%;height:auto}figure{margin:1rem 0}</style></head><body><main>"
                + fragment.body().html() + "</main></body></html>\n";
    }

    private static Element player(Element img, MediaPolicy.Kind kind, String language) {
        String src = img.attr("src");
        Element player = new Element(kind == MediaPolicy.Kind.VIDEO ? "video" : "audio")
                .attr("controls", true).attr("preload", "none").attr("src", src).attr("aria-label", img.attr("alt"));
        player.appendElement("track").attr("kind", "captions").attr("srclang", language)
                .attr("src", MediaPolicy.captionsFor(src, language)).attr("default", true);
        player.appendElement("a").attr("href", src).text(img.attr("alt"));
        return player;
    }

    private static void relativeToLessons(Element e) {
        for (String attr : new String[]{"src", "href"}) {
            String value = e.attr(attr);
            if (!value.isEmpty() && Markdown.isRelative(value) && !value.startsWith("../")) {
                // a link to another lesson's Markdown leads to its rendered page
                e.attr(attr, value.startsWith("lessons/") ? value.substring("lessons/".length()).replaceAll("\\.md(#|$)", ".html$1")
                        : "../" + value);
            }
        }
    }
}
