package org.hocvu.lms.xapi.attachment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.jdbc.Sql;
import org.hocvu.lms.xapi.json.XapiJson;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Attachment data for multipart responses (GET statements with attachments=true). */
@ApplicationScoped
public class AttachmentStore {
    @Inject
    Sql sql;

    /** One part per distinct sha2 the statements declare and the LRS holds data for. */
    public List<Multipart.Part> partsFor(List<String> statements) {
        Set<String> hashes = new LinkedHashSet<>();
        for (String text : statements) {
            JsonNode s = XapiJson.parse(text.getBytes(StandardCharsets.UTF_8), "statement");
            s.path("attachments").forEach(a -> hashes.add(a.path("sha2").asText()));
            s.path("object").path("attachments").forEach(a -> hashes.add(a.path("sha2").asText()));
        }
        if (hashes.isEmpty()) {
            return List.of();
        }
        return sql.query("SELECT sha2, content_type, content FROM xapi_attachment WHERE sha2 = ANY (?)",
                q -> q.setArray(1, q.getConnection().createArrayOf("varchar", hashes.toArray())), rs -> {
                    var headers = new LinkedHashMap<String, String>();
                    headers.put("Content-Type", rs.getString(2));
                    headers.put("Content-Transfer-Encoding", "binary");
                    headers.put("X-Experience-API-Hash", rs.getString(1));
                    return new Multipart.Part(headers, rs.getBytes(3));
                });
    }
}
