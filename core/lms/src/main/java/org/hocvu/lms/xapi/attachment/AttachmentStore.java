package org.hocvu.lms.xapi.attachment;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.json.XapiJson;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Attachment data for multipart responses (GET statements with attachments=true). */
@ApplicationScoped
public class AttachmentStore {
    @Inject
    AgroalDataSource db;

    /** One part per distinct sha2 the statements declare and the LRS holds data for. */
    public List<Multipart.Part> partsFor(List<String> statements) {
        Set<String> hashes = new LinkedHashSet<>();
        for (String text : statements) {
            JsonNode s = XapiJson.parse(text.getBytes(StandardCharsets.UTF_8), "statement");
            s.path("attachments").forEach(a -> hashes.add(a.path("sha2").asText()));
            s.path("object").path("attachments").forEach(a -> hashes.add(a.path("sha2").asText()));
        }
        List<Multipart.Part> parts = new ArrayList<>();
        if (hashes.isEmpty()) {
            return parts;
        }
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT sha2, content_type, content FROM xapi_attachment WHERE sha2 = ANY (?)")) {
            q.setArray(1, c.createArrayOf("varchar", hashes.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    var headers = new LinkedHashMap<String, String>();
                    headers.put("Content-Type", rs.getString(2));
                    headers.put("Content-Transfer-Encoding", "binary");
                    headers.put("X-Experience-API-Hash", rs.getString(1));
                    parts.add(new Multipart.Part(headers, rs.getBytes(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return parts;
    }
}
