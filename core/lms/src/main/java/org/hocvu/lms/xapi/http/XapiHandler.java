package org.hocvu.lms.xapi.http;

import jakarta.ws.rs.core.Response;

/** One xAPI resource (statements, a document resource, activities, agents, about). */
public interface XapiHandler {
    Response handle(XapiRequest request);
}
