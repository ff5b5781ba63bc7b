package org.hocvu.lms.classroom;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.unit.UnitView;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * School classes: teachers create classes in their school, load modules, add students and follow
 * their progress; students join with the class code. A class is visible to its teacher and its
 * students only (404 to anyone else).
 */
@Path("/api/v1/classes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "classroom")
public class ClassroomResource {
    @Inject
    SecurityIdentity identity;
    @Inject
    IdentityService identities;
    @Inject
    ClassroomService classes;
    @Inject
    Membership membership;
    @Inject
    ClassProgress progress;

    @GET
    @RolesAllowed({Roles.LEARNER, Roles.TEACHER})
    @Operation(summary = "The caller's classes: those they teach and those they are a student of")
    public MyClasses mine() {
        return classes.mine(me());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TEACHER)
    @Operation(summary = "Create a class in one of the teacher's schools (GET /schools); its join code is in the answer")
    public Response create(NewClass input) {
        ClassView created = classes.create(me(), input);
        return Response.created(URI.create("/api/v1/classes/" + created.id())).entity(created).build();
    }

    @GET
    @Path("schools")
    @RolesAllowed(Roles.TEACHER)
    @Operation(summary = "The schools the teacher may open a class in (their unit's schools)")
    public List<UnitView> schools() {
        return classes.schools(me());
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "Join a class with its code (6 characters); too many wrong codes are refused for a while (429)")
    public ClassView join(ClassRequests.Join body) {
        return membership.join(me(), body == null ? null : body.code());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.LEARNER, Roles.TEACHER})
    @Operation(summary = "One class, for its teacher or its students")
    public ClassView get(@PathParam("id") String id) {
        return classes.get(classId(id), me());
    }

    @GET
    @Path("{id}/progress")
    @RolesAllowed(Roles.TEACHER)
    @Operation(summary = "Each student's progress per module and each module's completion rate (the class's teacher)")
    public ClassProgressView progress(@PathParam("id") String id) {
        return progress.of(classId(id), me());
    }

    @POST
    @Path("{id}/modules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TEACHER)
    @Operation(summary = "Load a published package (a STEM/STEAM module) into the class")
    public ClassView addModule(@PathParam("id") String id, ClassRequests.Module body) {
        return classes.addModule(classId(id), me(), body == null ? null : body.packageId());
    }

    @DELETE
    @Path("{id}/modules/{packageId}")
    @RolesAllowed(Roles.TEACHER)
    @Operation(summary = "Take a module out of the class (progress stays in the learning records)")
    public ClassView removeModule(@PathParam("id") String id, @PathParam("packageId") String packageId) {
        return classes.removeModule(classId(id), me(), packageId);
    }

    @POST
    @Path("{id}/students")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TEACHER)
    @Operation(summary = "Add a student by username or e-mail")
    public ClassView addStudent(@PathParam("id") String id, ClassRequests.Student body) {
        return membership.addStudent(classId(id), me(), body == null ? null : body.login());
    }

    private MeView me() {
        return identities.me(identity);
    }

    /** A class id from the path; anything that is not one is a class that does not exist. */
    static UUID classId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.notFound("classroom.not-found");
        }
    }
}
