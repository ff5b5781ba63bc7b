package org.hocvu.lms.shared.xml;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading a DOM of one XML namespace (cmi5's course structure): child elements in that namespace
 * (extensions in other namespaces are ignored), trimmed text and language strings.
 */
public record NamespacedElements(String namespace) {

    /** Child elements in the namespace, of one name or (null) all. */
    public List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && (name == null || name.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    public Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The {@code langstring} children as language tag → trimmed text ({@code und} without a tag; the first of a tag wins). */
    public Map<String, String> langstrings(Element text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text != null) {
            for (Element s : children(text, "langstring")) {
                String lang = s.getAttribute("lang").strip();
                out.putIfAbsent(lang.isEmpty() ? "und" : lang, s.getTextContent().strip());
            }
        }
        return out;
    }

    /** Trimmed text, "" for no element. */
    public static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }
}
