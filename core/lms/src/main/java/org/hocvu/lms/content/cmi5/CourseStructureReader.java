package org.hocvu.lms.content.cmi5;

import org.hocvu.lms.shared.xml.HostileXml;
import org.hocvu.lms.content.PackageDescription;
import org.hocvu.lms.content.PackageDescription.Lesson;
import org.hocvu.lms.content.PackageKind;
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.content.zip.Unpacked;
import org.hocvu.lms.shared.xml.NamespacedElements;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a cmi5 course structure ({@code cmi5.xml}) as the cmi5 specification requires of an LMS
 * (sections 6.1, 13 and 14): the XML may not have a DTD (no entity can reach a file or expand),
 * must validate against the course-structure XSD, every value is trimmed, the course, block, AU
 * and objective ids are fully qualified IRIs and unique, an AU URL is relative only inside a zip
 * and then names a file of the zip, and its query string does not collide with the launch
 * parameters the LMS adds. Course structures of any number of AUs are read.
 */
public final class CourseStructureReader {
    public static final String FILE = "cmi5.xml";
    public static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    /** The launch parameters of section 8.1, which an AU's own query string may not use. */
    static final Set<String> LAUNCH_PARAMETERS = Set.of("endpoint", "fetch", "actor", "registration", "activityId");
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
    private static final Schema SCHEMA = schema();
    private static final NamespacedElements XML = new NamespacedElements(NAMESPACE);

    private CourseStructureReader() {
    }

    /**
     * The course as a package description (id derived from the course IRI, no version yet), or
     * empty with the report saying why. {@code files} is the zip's content, or null for a bare cmi5.xml.
     */
    public static Optional<PackageDescription> read(byte[] xml, Unpacked files, Report report) {
        String text = new String(xml, StandardCharsets.UTF_8);
        var doctype = DOCTYPE.matcher(text);
        if (doctype.find()) {
            report.problem(FILE, lineOf(text, doctype.start()), "content.cmi5.dtd");
            return Optional.empty();
        }
        Document document = parse(xml, report);
        if (document == null || !validate(xml, report)) {
            return Optional.empty();
        }
        Element root = document.getDocumentElement();
        Element course = child(root, "course");
        List<Lesson> aus = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        String courseId = iri(course, "content.cmi5.course", ids, report);
        Element objectives = child(root, "objectives");
        if (objectives != null) {
            children(objectives, "objective").forEach(o -> iri(o, "content.cmi5.objective", ids, report));
        }
        walk(root, files, ids, aus, report);
        Map<String, String> title = langstrings(child(course, "title"));
        Set<String> languages = new LinkedHashSet<>(title.keySet());
        aus.forEach(au -> languages.addAll(au.title().keySet()));
        return Optional.of(new PackageDescription(courseId == null ? null : PackageIds.fromCourseIri(courseId), null,
                PackageKind.CMI5, List.copyOf(languages), title, langstrings(child(course, "description")), null, null,
                List.of(), null, List.copyOf(aus)));
    }

    private static void walk(Element parent, Unpacked files, Set<String> ids, List<Lesson> aus, Report report) {
        for (Element e : children(parent, null)) {
            if (e.getLocalName().equals("block")) {
                iri(e, "content.cmi5.block", ids, report);
                walk(e, files, ids, aus, report);
            } else if (e.getLocalName().equals("au")) {
                String id = iri(e, "content.cmi5.au", ids, report);
                String url = text(child(e, "url"));
                checkUrl(url, files, lineOf(e), report);
                aus.add(new Lesson(id, langstrings(child(e, "title")), List.of(), null, url));
            }
        }
    }

    private static void checkUrl(String url, Unpacked files, int line, Report report) {
        boolean absolute = IRI.matcher(url).matches();
        int query = url.indexOf('?');
        if (query >= 0) {
            String q = url.substring(query + 1).replaceAll("#.*$", "");
            for (String pair : q.split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (LAUNCH_PARAMETERS.contains(name)) {
                    report.problem(FILE, line, "content.cmi5.launch-parameter-in-url", url, name);
                }
            }
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            if (absolute && uri.getScheme() == null) {
                throw new java.net.URISyntaxException(url, "no scheme");
            }
        } catch (java.net.URISyntaxException e) {
            report.problem(FILE, line, "content.cmi5.bad-url", url);
            return;
        }
        if (absolute) {
            return;
        }
        if (files == null) {
            report.problem(FILE, line, "content.cmi5.relative-url-without-zip", url);
            return;
        }
        String path = URLDecoder.decode(url.replaceAll("[?#].*$", ""), StandardCharsets.UTF_8);
        if (path.startsWith("/") || path.contains("..") || !files.has(path)) {
            report.problem(FILE, line, "content.cmi5.url-not-in-package", url);
        }
    }

    /** The element's id, trimmed, checked to be a fully qualified IRI seen nowhere else in the course. */
    private static String iri(Element e, String what, Set<String> ids, Report report) {
        String id = e.getAttribute("id").strip();
        if (!IRI.matcher(id).matches()) {
            report.problem(FILE, lineOf(e), "content.cmi5.id-not-an-iri", what.substring(what.lastIndexOf('.') + 1), id);
        } else if (!ids.add(id)) {
            report.problem(FILE, lineOf(e), "content.cmi5.duplicate-id", id);
        }
        return id;
    }

    private static Document parse(byte[] xml, Report report) {
        try {
            DocumentBuilder builder = HostileXml.parser();
            Document document = builder.parse(new ByteArrayInputStream(xml));
            LineNumbers.annotate(document, xml);
            return document;
        } catch (SAXParseException e) {
            report.problem(FILE, Math.max(0, e.getLineNumber()), "content.cmi5.not-xml", e.getMessage());
        } catch (SAXException | IOException e) {
            report.add(FILE, "content.cmi5.not-xml", e.getMessage());
        }
        return null;
    }

    /** Validates against the XSD, reporting every error with its line. */
    private static boolean validate(byte[] xml, Report report) {
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK's validator refuses a standard property", e);
        }
        boolean[] valid = {true};
        validator.setErrorHandler(new ErrorHandler() {
            public void warning(SAXParseException e) {
            }

            public void error(SAXParseException e) {
                valid[0] = false;
                report.problem(FILE, e.getLineNumber(), "content.cmi5.schema", e.getMessage());
            }

            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            valid[0] = false;
            if (!(e instanceof SAXParseException)) {
                report.add(FILE, "content.cmi5.schema", e.getMessage());
            }
        }
        return valid[0];
    }

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(CourseStructureReader.class.getResource("/content/cmi5/CourseStructure.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled cmi5 course-structure XSD does not load", e);
        }
    }

    private static Map<String, String> langstrings(Element text) {
        return XML.langstrings(text);
    }

    private static String text(Element e) {
        return NamespacedElements.text(e);
    }

    private static Element child(Element parent, String name) {
        return XML.child(parent, name);
    }

    /** Child elements in the cmi5 namespace, of one name or (null) all; extensions in other namespaces are ignored. */
    private static List<Element> children(Element parent, String name) {
        return XML.children(parent, name);
    }

    private static int lineOf(Element e) {
        Object line = e.getUserData(LineNumbers.KEY);
        return line instanceof Integer i ? i : 0;
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
