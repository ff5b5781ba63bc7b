package org.hocvu.lms.content.cmi5;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each element of a parsed document the line it starts on (a DOM forgets it): a second,
 * streaming read lists the start lines in document order, which is the DOM's order too.
 */
public final class LineNumbers {
    public static final String KEY = "hocvu.line";

    private LineNumbers() {
    }

    public static void annotate(Document document, byte[] xml) {
        List<Integer> lines = new ArrayList<>();
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT) {
                    lines.add(reader.getLocation().getLineNumber());
                }
            }
        } catch (XMLStreamException e) {
            return; // the DOM parser already accepted it; without lines, problems name the file only
        }
        int[] next = {0};
        assign(document.getDocumentElement(), lines, next);
    }

    private static void assign(Element e, List<Integer> lines, int[] next) {
        if (next[0] < lines.size()) {
            e.setUserData(KEY, lines.get(next[0]++), null);
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                assign(child, lines, next);
            }
        }
    }
}
