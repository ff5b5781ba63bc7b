package org.hocvu.lms.course;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.RequestLanguage;

/** A learner's own learning: their paths, a course, self-enrolment, marking a lesson complete. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class LearningResource {
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
    @Inject
    LessonService lessons;

    /** What a press of "mark complete" may carry: the statement id the learner's browser fixed. */
    public record CompletionRequest(String statementId) {
    }

    @GET
    @Path("me/learning")
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "My learning paths (one per target group I belong to): courses, progress, the next step")
    public LearningViews.Learning learning() {
        MeView me = identities.me(identity);
        return paths.learning(me.id(), me.targetGroups(), language.locale());
    }

    @GET
    @Path("courses/{courseId}")
    @Authenticated
    @Operation(summary = "A course with my progress in it")
    public LearningViews.CourseProgress course(@PathParam("courseId") String courseId) {
        MeView me = identities.me(identity);
        return paths.course(me.id(), courseId, language.locale());
    }

    @POST
    @Path("courses/{courseId}/enrolment")
    @Authenticated
    @Operation(summary = "Enrol myself (the course's group eligibility rules decide; a refusal says why); again: the same enrolment")
    public EnrolmentView enrol(@PathParam("courseId") String courseId) {
        MeView me = identities.me(identity);
        return enrolments.selfEnrol(me.id(), me.targetGroups(),
                LearnerAttributes.of(identity, enrolments.eligibilityAttributes(courseId)), courseId, language.locale());
    }

    @POST
    @Path("me/lessons/{packageId}/{version}/{lessonId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "Mark a lesson complete; the same statementId again stores nothing")
    public LessonViews.Completion complete(@PathParam("packageId") String packageId, @PathParam("version") String version,
                                           @PathParam("lessonId") String lessonId, CompletionRequest request) {
        MeView me = identities.me(identity);
        return lessons.markComplete(me.id(), me.targetGroups(), packageId, version, lessonId,
                request == null ? null : request.statementId());
    }
}
