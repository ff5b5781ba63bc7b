package org.hocvu.lms.content.scorm;

import org.hocvu.lms.content.PackageKind;

/** The two run-times: SCORM 1.2 ({@code API}, {@code cmi.core.*}) and SCORM 2004 2nd–4th edition ({@code API_1484_11}). */
public enum ScormVersion {
    SCORM_12(PackageKind.SCORM_12),
    SCORM_2004(PackageKind.SCORM_2004);

    private final PackageKind kind;

    ScormVersion(PackageKind kind) {
        this.kind = kind;
    }

    public PackageKind kind() {
        return kind;
    }

    public static ScormVersion of(PackageKind kind) {
        for (ScormVersion v : values()) {
            if (v.kind == kind) {
                return v;
            }
        }
        return null;
    }

    /**
     * From the manifest's {@code metadata/schemaversion} and namespaces: "1.2" is 1.2; "CAM 1.3",
     * "2004 3rd Edition", "2004 4th Edition" or the imscp_v1p1 namespace with adlcp_v1p3 are 2004.
     */
    static ScormVersion detect(String schemaVersion, String adlcpNamespace) {
        String v = schemaVersion == null ? "" : schemaVersion.strip();
        if (v.equals("1.2")) {
            return SCORM_12;
        }
        if (v.startsWith("2004") || v.equals("CAM 1.3") || "http://www.adlnet.org/xsd/adlcp_v1p3".equals(adlcpNamespace)) {
            return SCORM_2004;
        }
        return SCORM_12;
    }
}
