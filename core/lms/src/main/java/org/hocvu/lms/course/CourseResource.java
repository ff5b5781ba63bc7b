package org.hocvu.lms.course;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.shared.RequestLanguage;

/** A course with the caller's progress, and self-enrolment in it. */
@Path("/api/v1/courses/{courseId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
@Authenticated
public class CourseResource {
    @Inject
    IdentityService identities;
    @Inject
    SecurityIdentity identity;
    @Inject
    RequestLanguage language;
    @Inject
    LearningPathService paths;
    @Inject
    EnrolmentService enrolments;

    @GET
    @Operation(summary = "A course with my progress in it")
    public LearningViews.CourseProgress course(@PathParam("courseId") String courseId) {
        MeView me = identities.me(identity);
        return paths.course(me.id(), courseId, language.locale());
    }

    @POST
    @Path("enrolment")
    @Operation(summary = "Enrol myself (the course's group eligibility rules decide; a refusal says why); again: the same enrolment")
    public EnrolmentView enrol(@PathParam("courseId") String courseId) {
        MeView me = identities.me(identity);
        return enrolments.selfEnrol(me.id(), me.targetGroups(),
                LearnerAttributes.of(identity, enrolments.eligibilityAttributes(courseId)), courseId, language.locale());
    }
}
