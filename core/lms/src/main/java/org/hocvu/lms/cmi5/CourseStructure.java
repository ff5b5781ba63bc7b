package org.hocvu.lms.cmi5;

import org.hocvu.lms.shared.xml.HostileXml;
import org.hocvu.lms.shared.xml.NamespacedElements;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parts of a course structure the launcher needs (cmi5 13.1): the course, its blocks and AUs
 * in document order with each AU's launch metadata. The content context has already checked the
 * file against the XSD and the spec's MUSTs when it was published; this reads it again with the
 * same hardened parser (no DTD, no entities) and trims every value.
 */
public record CourseStructure(String courseId, Map<String, String> title, List<Item> children, List<Au> aus, List<Block> blocks) {
    static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    private static final NamespacedElements XML = new NamespacedElements(NAMESPACE);

    /** An AU or a block of the course. */
    public sealed interface Item permits Au, Block {
        int index();

        String node();
    }

    public record Au(int index, String publisherId, Map<String, String> title, String url, MoveOn moveOn,
                     BigDecimal masteryScore, boolean ownWindow, String launchParameters, String entitlementKey) implements Item {
        public String node() {
            return "au:" + index;
        }
    }

    public record Block(int index, String publisherId, Map<String, String> title, List<Item> children) implements Item {
        public String node() {
            return "block:" + index;
        }
    }

    static CourseStructure parse(byte[] xml) {
        Document document = document(xml);
        Element root = document.getDocumentElement();
        Element course = XML.child(root, "course");
        List<Au> aus = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<Item> children = items(root, aus, blocks);
        return new CourseStructure(course.getAttribute("id").strip(), XML.langstrings(XML.child(course, "title")), children,
                List.copyOf(aus), List.copyOf(blocks));
    }

    private static List<Item> items(Element parent, List<Au> aus, List<Block> blocks) {
        List<Item> out = new ArrayList<>();
        for (Element e : XML.children(parent, null)) {
            if (e.getLocalName().equals("au")) {
                String mastery = e.getAttribute("masteryScore").strip();
                Au au = new Au(aus.size(), e.getAttribute("id").strip(), XML.langstrings(XML.child(e, "title")),
                        NamespacedElements.text(XML.child(e, "url")),
                        MoveOn.parse(e.hasAttribute("moveOn") ? e.getAttribute("moveOn") : null),
                        mastery.isEmpty() ? null : new BigDecimal(mastery),
                        "OwnWindow".equals(e.getAttribute("launchMethod").strip()),
                        optional(XML.child(e, "launchParameters")), entitlementKey(e));
                aus.add(au);
                out.add(au);
            } else if (e.getLocalName().equals("block")) {
                int index = blocks.size();
                blocks.add(null);
                Block block = new Block(index, e.getAttribute("id").strip(), XML.langstrings(XML.child(e, "title")), items(e, aus, blocks));
                blocks.set(index, block);
                out.add(block);
            }
        }
        return List.copyOf(out);
    }

    private static String entitlementKey(Element au) {
        return optional(XML.child(au, "entitlementKey"));
    }

    private static Document document(byte[] xml) {
        try {
            return HostileXml.parser().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("a published cmi5.xml no longer reads", e);
        }
    }

    private static String optional(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }
}
