package org.hocvu.lms.content.nativeformat;

import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The one CommonMark parser of lessons, keeping source lines so every problem names its line. */
final class Markdown {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private Markdown() {
    }

    static Node parse(String text) {
        return PARSER.parse(text);
    }

    /** The 1-based line a node starts on, found through its parents when it has no span of its own. */
    static int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans().get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }

    /** Whether a link or image target is inside the package (no scheme, not protocol-relative, not an anchor). */
    static boolean isRelative(String destination) {
        return !destination.startsWith("#") && !destination.startsWith("//") && !destination.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /** The target without its fragment or query. */
    static String path(String destination) {
        String d = destination;
        int cut = d.indexOf('#');
        if (cut >= 0) {
            d = d.substring(0, cut);
        }
        cut = d.indexOf('?');
        return cut >= 0 ? d.substring(0, cut) : d;
    }
}
