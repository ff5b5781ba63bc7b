package org.hocvu.lms.xapi;

import gov.adlnet.xapi.client.ActivityClient;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * ADL's ActivityClient with one fix: jxapi 1.0.0 puts query values (the agent's JSON among them)
 * into the URL unencoded, which no HTTP server accepts. Everything else is jxapi's own code.
 */
class QueryEncodingActivityClient extends ActivityClient {
    QueryEncodingActivityClient(URL lrs, String key, String secret) throws MalformedURLException {
        super(lrs, key, secret);
    }

    @Override
    protected String issueGet(String path) throws IOException {
        return super.issueGet(encodeQuery(path));
    }

    @Override
    protected String issuePost(String path, String data) throws IOException {
        return super.issuePost(encodeQuery(path), data);
    }

    @Override
    protected String issuePut(String path, String data) throws IOException {
        return super.issuePut(encodeQuery(path), data);
    }

    @Override
    protected String issueDelete(String path) throws IOException {
        return super.issueDelete(encodeQuery(path));
    }

    static String encodeQuery(String path) {
        int question = path.indexOf('?');
        if (question < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.substring(0, question + 1));
        String[] pairs = path.substring(question + 1).split("&");
        for (int i = 0; i < pairs.length; i++) {
            int eq = pairs[i].indexOf('=');
            out.append(i == 0 ? "" : "&").append(pairs[i], 0, eq + 1)
                    .append(URLEncoder.encode(pairs[i].substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
