package org.hocvu.lms.content.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What may run in a browser from a partner's file: HTML is held to a strict allow-list (jsoup's
 * relaxed {@link Safelist} plus audio, video and captions, relative links only); SVG is refused
 * when it could do more than draw — scripts, event handlers, HTML in foreign objects, links to scripts or
 * to other hosts, external or parameter entities, entities built from entities (an expansion bomb).
 * The SVG is read as text and by jsoup, which resolves nothing: no DTD, no entity, no network.
 */
public final class ActiveContent {
    /** Relative links are resolved against this made-up base while checking, then kept relative. */
    private static final String BASE = "https://package.invalid/";
    private static final Pattern EXTERNAL_ENTITY = Pattern.compile("<!ENTITY\\s+\\S+\\s+(SYSTEM|PUBLIC)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMETER_ENTITY = Pattern.compile("<!ENTITY\\s+%", Pattern.CASE_INSENSITIVE);
    private static final Pattern NESTED_ENTITY = Pattern.compile("<!ENTITY\\s+\\S+\\s+(\"[^\"]*&|'[^']*&)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SVG_FORBIDDEN = Set.of("script", "iframe", "embed", "object",
            "handler", "listener", "animation", "set");

    private ActiveContent() {
    }

    /** The allow-list of lesson HTML. */
    public static Safelist lessonSafelist() {
        return Safelist.relaxed()
                .addTags("figure", "figcaption", "audio", "video", "source", "track", "main", "section")
                .addAttributes("audio", "controls", "preload", "src")
                .addAttributes("video", "controls", "preload", "src", "width", "height")
                .addAttributes("source", "src", "type")
                .addAttributes("track", "kind", "src", "srclang", "label", "default")
                .addProtocols("audio", "src", "https")
                .addProtocols("video", "src", "https")
                .addProtocols("source", "src", "https")
                .addProtocols("track", "src", "https")
                .removeProtocols("a", "href", "ftp", "mailto")
                .preserveRelativeLinks(true);
    }

    /** Whether a piece of lesson HTML passes the allow-list unchanged. */
    public static boolean isSafeHtml(String html) {
        return new Cleaner(lessonSafelist()).isValidBodyHtml(absolutise(html));
    }

    /** The HTML with everything outside the allow-list removed (relative links kept). */
    public static String sanitise(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(lessonSafelist()).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static String absolutise(String html) {
        // isValidBodyHtml has no base URI; give relative links one so they count as https links
        Document doc = Jsoup.parseBodyFragment(html, BASE);
        doc.select("[href],[src]").forEach(e -> {
            for (String attr : new String[]{"href", "src"}) {
                if (e.hasAttr(attr) && !e.attr(attr).contains(":")) {
                    e.attr(attr, e.absUrl(attr));
                }
            }
        });
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    /**
     * Whether a foreignObject holds markup a browser would render as HTML. Drawing tools (Adobe
     * Illustrator) keep their private data there in their own prefixed namespace, which is inert.
     */
    private static boolean holdsHtml(Element foreignObject) {
        for (Element inside : foreignObject.getAllElements()) {
            String name = inside.normalName();
            if (inside != foreignObject && (!name.contains(":") || name.startsWith("html:") || name.startsWith("xhtml:"))) {
                return true;
            }
        }
        return false;
    }

    /** Why an SVG is refused (a message key of the content bundle), or empty when it only draws. */
    public static Optional<String> svgProblem(String svg) {
        int doctype = svg.toLowerCase(Locale.ROOT).indexOf("<!doctype");
        if (doctype >= 0) {
            String head = svg.substring(doctype, Math.min(svg.length(), doctype + 64 * 1024));
            if (EXTERNAL_ENTITY.matcher(head).find() || PARAMETER_ENTITY.matcher(head).find()) {
                return Optional.of("content.svg.external-entity");
            }
            if (NESTED_ENTITY.matcher(head).find()) {
                return Optional.of("content.svg.nested-entity");
            }
        }
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        for (Element e : doc.getAllElements()) {
            String name = e.normalName();
            String local = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
            if (SVG_FORBIDDEN.contains(local) || (local.equals("foreignobject") && holdsHtml(e))) {
                return Optional.of("content.svg.active-element");
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    return Optional.of("content.svg.event-handler");
                }
                if ((key.equals("href") || key.endsWith(":href")) && !value.startsWith("#")
                        && (value.contains(":") || value.startsWith("//"))
                        && !value.startsWith("data:image/png") && !value.startsWith("data:image/jpeg")) {
                    return Optional.of("content.svg.external-link");
                }
            }
        }
        return Optional.empty();
    }
}
