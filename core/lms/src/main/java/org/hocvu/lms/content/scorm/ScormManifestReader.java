package org.hocvu.lms.content.scorm;

import org.hocvu.lms.shared.xml.HostileXml;
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.content.cmi5.LineNumbers;
import org.hocvu.lms.content.scorm.ScormStructure.Item;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads {@code imsmanifest.xml} (IMS Content Packaging as SCORM 1.2 and 2004 use it): no DTD and no
 * entity is read (a DOCTYPE is refused), the XSD references in {@code xsi:schemaLocation} are
 * tolerated and not fetched. Elements are matched by local name, so the 1.2 and 2004 namespaces
 * read alike. The default organization becomes the structure; every launch file and every
 * {@code <file href>} must be a file of the zip (no URL elsewhere, no {@code ..}); sequencing HọcVụ
 * cannot follow is refused by {@link ScormSequencing}.
 */
public final class ScormManifestReader {
    public static final String FILE = "imsmanifest.xml";
    private static final Pattern ABSOLUTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*|^//.*");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);

    private ScormManifestReader() {
    }

    /** The structure, or empty with the report saying why; {@code files} are the package's files. */
    public static Optional<ScormStructure> read(byte[] xml, Predicate<String> files, Report report) {
        String text = new String(xml, StandardCharsets.UTF_8);
        var doctype = DOCTYPE.matcher(text);
        if (doctype.find()) {
            report.problem(FILE, (int) text.substring(0, doctype.start()).chars().filter(c -> c == '\n').count() + 1,
                    "content.scorm.dtd");
            return Optional.empty();
        }
        Document document = parse(xml, report);
        if (document == null) {
            return Optional.empty();
        }
        Element manifest = document.getDocumentElement();
        if (!"manifest".equals(manifest.getLocalName())) {
            report.add(FILE, "content.scorm.not-a-manifest");
            return Optional.empty();
        }
        Element metadata = Xml.child(manifest, "metadata");
        ScormVersion version = ScormVersion.detect(Xml.text(Xml.child(metadata, "schemaversion")), adlcpNamespace(manifest));
        Map<String, Element> resources = resources(manifest);
        Element organization = defaultOrganization(manifest, report);
        if (organization == null) {
            return Optional.empty();
        }
        ScormSequencing sequencing = new ScormSequencing(manifest, report);
        List<Item> items = new ArrayList<>();
        for (Element e : Xml.children(organization, "item")) {
            items.add(item(e, resources, files, sequencing, report));
        }
        sequencing.check(organization);
        checkFiles(manifest, files, report);
        Lom lom = Lom.of(metadata);
        Map<String, String> title = new LinkedHashMap<>();
        String orgTitle = Xml.text(Xml.child(organization, "title"));
        title.put(lom.language() == null ? "und" : lom.language(), orgTitle.isEmpty() ? lom.title() : orgTitle);
        ScormStructure structure = new ScormStructure(version, manifest.getAttribute("identifier").strip(), title,
                lom.language(), sequencing.choice(organization), sequencing.flow(organization), List.copyOf(items));
        if (structure.launchables().isEmpty()) {
            report.add(FILE, "content.scorm.no-sco");
        }
        sequencing.resolvePrerequisites(structure.launchables(), report);
        return Optional.of(sequencing.withPrerequisites(structure));
    }

    /** The manifest's description text (LOM general/description), for the package's summary. */
    public static Lom metadata(byte[] xml) {
        Document document = parse(xml, new Report());
        return document == null ? Lom.of(null) : Lom.of(Xml.child(document.getDocumentElement(), "metadata"));
    }

    private static Item item(Element e, Map<String, Element> resources, Predicate<String> files,
                             ScormSequencing sequencing, Report report) {
        String id = e.getAttribute("identifier").strip();
        String title = Xml.text(Xml.child(e, "title"));
        List<Item> children = new ArrayList<>();
        for (Element child : Xml.children(e, "item")) {
            children.add(item(child, resources, files, sequencing, report));
        }
        String ref = e.getAttribute("identifierref").strip();
        String launch = null;
        boolean sco = false;
        if (!ref.isEmpty()) {
            Element resource = resources.get(ref);
            if (resource == null) {
                report.problem(FILE, Xml.line(e), "content.scorm.unknown-resource", id, ref);
            } else {
                String href = base(resource) + resource.getAttribute("href").strip();
                sco = "sco".equalsIgnoreCase(Xml.attribute(resource, "scormtype"));
                if (href.isEmpty() || resource.getAttribute("href").isBlank()) {
                    report.problem(FILE, Xml.line(resource), "content.scorm.no-launch", ref);
                } else if (checkPath(href, files, Xml.line(resource), report)) {
                    launch = href + parameters(e.getAttribute("parameters").strip(), href);
                }
            }
        }
        String mastery = Xml.text(Xml.child(e, "masteryscore"));
        Double masteryScore = mastery.isEmpty() ? sequencing.scaledPassingScore(e) : number(mastery);
        sequencing.readItem(e, id);
        return new Item(id, title, launch, sco, Xml.text(Xml.child(e, "dataFromLMS", "datafromlms")), masteryScore,
                List.of(), List.copyOf(children));
    }

    /** Item parameters are appended as IMS CP says: a leading '?' or '#' is kept, else '?' or '&' joins them. */
    private static String parameters(String parameters, String href) {
        if (parameters.isEmpty()) {
            return "";
        }
        if (parameters.startsWith("#")) {
            return parameters;
        }
        String bare = parameters.startsWith("?") || parameters.startsWith("&") ? parameters.substring(1) : parameters;
        return (href.contains("?") ? "&" : "?") + bare;
    }

    private static void checkFiles(Element manifest, Predicate<String> files, Report report) {
        Element resources = Xml.child(manifest, "resources");
        for (Element resource : Xml.children(resources, "resource")) {
            String base = base(resource);
            for (Element file : Xml.children(resource, "file")) {
                String href = base + file.getAttribute("href").strip();
                checkPath(href, files, Xml.line(file), report);
            }
        }
    }

    /** True when {@code href} names a file of the package; otherwise says why not. */
    static boolean checkPath(String href, Predicate<String> files, int line, Report report) {
        if (ABSOLUTE.matcher(href).matches()) {
            report.problem(FILE, line, "content.scorm.outside-package", href);
            return false;
        }
        String path = URLDecoder.decode(href.replaceAll("[?#].*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            report.problem(FILE, line, "content.scorm.outside-package", href);
            return false;
        }
        if (!files.test(path)) {
            report.problem(FILE, line, "content.scorm.missing-file", href);
            return false;
        }
        return true;
    }

    private static String base(Element resource) {
        String outer = ((Element) resource.getParentNode()).getAttributeNS(XMLConstants.XML_NS_URI, "base").strip();
        String inner = resource.getAttributeNS(XMLConstants.XML_NS_URI, "base").strip();
        return join(outer, inner);
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b.isEmpty() || b.endsWith("/") ? b : b + "/";
        }
        String first = a.endsWith("/") ? a : a + "/";
        return b.isEmpty() ? first : first + (b.endsWith("/") ? b : b + "/");
    }

    private static Map<String, Element> resources(Element manifest) {
        Map<String, Element> out = new HashMap<>();
        for (Element r : Xml.children(Xml.child(manifest, "resources"), "resource")) {
            out.put(r.getAttribute("identifier").strip(), r);
        }
        return out;
    }

    private static Element defaultOrganization(Element manifest, Report report) {
        Element organizations = Xml.child(manifest, "organizations");
        List<Element> all = Xml.children(organizations, "organization");
        if (all.isEmpty()) {
            report.add(FILE, "content.scorm.no-organization");
            return null;
        }
        String wanted = organizations.getAttribute("default").strip();
        return all.stream().filter(o -> o.getAttribute("identifier").strip().equals(wanted)).findFirst().orElse(all.get(0));
    }

    private static String adlcpNamespace(Element manifest) {
        NamedNodeMap attributes = manifest.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if ("adlcp".equals(a.getLocalName()) && XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                return a.getValue().strip();
            }
        }
        return null;
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Document parse(byte[] xml, Report report) {
        try {
            DocumentBuilder builder = HostileXml.parser();
            Document document = builder.parse(new ByteArrayInputStream(xml));
            LineNumbers.annotate(document, xml);
            return document;
        } catch (SAXParseException e) {
            report.problem(FILE, Math.max(0, e.getLineNumber()), "content.scorm.not-xml", e.getMessage());
        } catch (SAXException | IOException e) {
            report.add(FILE, "content.scorm.not-xml", e.getMessage());
        }
        return null;
    }

    /** Title, description and language of the manifest's inline LOM metadata (any of them may be missing). */
    public record Lom(String title, String description, String language) {
        static Lom of(Element metadata) {
            Element lom = Xml.child(metadata, "lom");
            Element general = Xml.child(lom, "general");
            String language = Xml.text(Xml.child(general, "language"));
            return new Lom(Xml.text(Xml.child(Xml.child(general, "title"), "string", "langstring")),
                    Xml.text(Xml.child(Xml.child(general, "description"), "string", "langstring")),
                    language.isEmpty() ? null : language);
        }
    }

    /** Small DOM helpers matching by local name (1.2 and 2004 differ in namespaces only). */
    static final class Xml {
        private Xml() {
        }

        static List<Element> children(Element parent, String name) {
            List<Element> out = new ArrayList<>();
            if (parent == null) {
                return out;
            }
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && (name == null || name.equals(e.getLocalName()))) {
                    out.add(e);
                }
            }
            return out;
        }

        static Element child(Element parent, String... names) {
            for (String name : names) {
                List<Element> found = children(parent, name);
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
            return null;
        }

        static String text(Element e) {
            return e == null ? "" : e.getTextContent().strip();
        }

        /** An attribute by local name in any namespace ({@code adlcp:scormtype} in 1.2, {@code adlcp:scormType} in 2004). */
        static String attribute(Element e, String localName) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
                if (name.equalsIgnoreCase(localName)) {
                    return a.getValue().strip();
                }
            }
            return "";
        }

        static int line(Element e) {
            Object line = e.getUserData(LineNumbers.KEY);
            return line instanceof Integer i ? i : 0;
        }
    }
}
