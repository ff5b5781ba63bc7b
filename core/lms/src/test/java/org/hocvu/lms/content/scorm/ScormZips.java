package org.hocvu.lms.content.scorm;

import org.hocvu.lms.content.Zips;

import java.io.IOException;
import java.nio.file.Path;

/** Small SCORM packages the tests build: a manifest around given items and resources, and their files. */
public final class ScormZips {
    public static final String SCORM_12_HEAD = """
            <?xml version="1.0"?>
            <manifest identifier="org.example.tiny" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
              xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd">
              <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
            """;
    public static final String SCORM_2004_HEAD = """
            <?xml version="1.0"?>
            <manifest identifier="org.example.tiny2004" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
              xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
              xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3">
              <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
            """;

    private ScormZips() {
    }

    /** A manifest: head, one organization "Tiny course" with {@code items}, and {@code resources}. */
    public static String manifest(String head, String items, String resources) {
        return head + "<organizations default=\"org\"><organization identifier=\"org\"><title>Tiny course</title>"
                + items + "</organization></organizations><resources>" + resources + "</resources></manifest>";
    }

    public static String sco(String id, String href, boolean scorm12) {
        return "<resource identifier=\"" + id + "\" type=\"webcontent\" adlcp:" + (scorm12 ? "scormtype" : "scormType")
                + "=\"sco\" href=\"" + href + "\"><file href=\"" + href + "\"/></resource>";
    }

    /** A one-SCO 1.2 package whose page runs {@code script} (the test's stand-in for authored content); {@code sidecar} may be null. */
    public static void tiny12(Path zip, String script, String sidecar) throws IOException {
        Zips z = Zips.create(zip);
        if (sidecar != null) {
            z.add("hocvu.yaml", sidecar);
        }
        z.add("imsmanifest.xml", manifest(SCORM_12_HEAD,
                "<item identifier=\"lesson\" identifierref=\"r1\"><title>Lesson one</title>"
                        + "<adlcp:masteryscore>80</adlcp:masteryscore></item>", sco("r1", "sco/index.html", true)));
        z.add("sco/index.html", "<!doctype html><html><head><title>SCO</title><script>" + script
                + "</script></head><body><p id=\"text\">Lesson one</p></body></html>");
        z.close();
    }

    /**
     * A 2004 package of two SCOs in flow and choice: B is disabled until A is completed (A's primary
     * objective writes global objective "g.a", which B's rule reads), as the Golf sequencing samples do.
     */
    public static void prerequisite2004(Path zip, String sidecar) throws IOException {
        String a = "<item identifier=\"a\" identifierref=\"ra\"><title>A</title><imsss:sequencing><imsss:objectives>"
                + "<imsss:primaryObjective objectiveID=\"a_done\"/></imsss:objectives><adlseq:objectives>"
                + "<adlseq:objective objectiveID=\"a_done\"><adlseq:mapInfo targetObjectiveID=\"g.a\" readCompletionStatus=\"true\""
                + " writeCompletionStatus=\"true\"/></adlseq:objective></adlseq:objectives></imsss:sequencing></item>";
        String b = "<item identifier=\"b\" identifierref=\"rb\"><title>B</title><imsss:sequencing><imsss:sequencingRules>"
                + "<imsss:preConditionRule><imsss:ruleConditions conditionCombination=\"any\">"
                + "<imsss:ruleCondition referencedObjective=\"prev\" operator=\"not\" condition=\"completed\"/>"
                + "</imsss:ruleConditions><imsss:ruleAction action=\"disabled\"/></imsss:preConditionRule></imsss:sequencingRules>"
                + "<imsss:objectives><imsss:primaryObjective objectiveID=\"b_done\"/><imsss:objective objectiveID=\"prev\"/>"
                + "</imsss:objectives><adlseq:objectives><adlseq:objective objectiveID=\"prev\"><adlseq:mapInfo targetObjectiveID=\"g.a\""
                + " readCompletionStatus=\"true\" writeCompletionStatus=\"false\"/></adlseq:objective></adlseq:objectives>"
                + "</imsss:sequencing></item>";
        String flow = "<imsss:sequencing><imsss:controlMode choice=\"true\" flow=\"true\"/></imsss:sequencing>";
        Zips z = Zips.create(zip);
        if (sidecar != null) {
            z.add("hocvu.yaml", sidecar);
        }
        z.add("imsmanifest.xml", manifest(SCORM_2004_HEAD, a + b + flow, sco("ra", "a.html", false) + sco("rb", "b.html", false)));
        z.add("a.html", "<!doctype html><title>A</title><p>A</p>");
        z.add("b.html", "<!doctype html><title>B</title><p>B</p>");
        z.close();
    }
}
