package org.hocvu.lms.roster;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.classroom.Membership;
import org.hocvu.lms.course.CourseDirectory;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Bulk enrolment: a unit manager enrols people of their unit and below into a course; a teacher
 * puts people into their own class. The file is checked whole before anything is stored (size,
 * row count, lengths; a file that cannot be read is refused with the reason), then stored as a job
 * with its rows and worked on by {@link RosterWorker}. Only a job's owner sees it.
 */
@ApplicationScoped
public class EnrolmentJobs {
    static final int RECENT = 20;

    @Inject
    JobStore store;
    @Inject
    RosterWorker worker;
    @Inject
    PluginRegistry plugins;
    @Inject
    CourseDirectory courses;
    @Inject
    Membership membership;
    @Inject
    Clock clock;
    @ConfigProperty(name = "hocvu.roster.max-bytes", defaultValue = "5000000")
    long maxBytes;
    @ConfigProperty(name = "hocvu.roster.max-rows", defaultValue = "20000")
    int maxRows;

    /** Checks and stores a job for {@code file}; {@code course} (managers) or {@code classId} (teachers) says where to. */
    public EnrolmentJobView create(MeView caller, String course, String classId, Path file, String fileName) {
        JobTarget target = target(caller, course, classId);
        long size = size(file);
        if (size > maxBytes) {
            throw new ApiException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "roster.file.too-large", "file", maxBytes / 1_000_000);
        }
        List<CsvRow> rows;
        try (InputStream in = Files.newInputStream(file)) {
            rows = new RosterCsv(plugins.targetGroupIds(), maxRows).read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UUID id = UUID.randomUUID();
        String name = fileName == null || fileName.isBlank() ? "enrolments.csv" : fileName.strip();
        QuarkusTransaction.requiringNew().run(() -> store.insert(id, target, name.length() > 255 ? name.substring(0, 255) : name,
                rows, clock.instant()));
        worker.wake();
        return get(caller, id.toString());
    }

    private JobTarget target(MeView caller, String course, String classId) {
        boolean toCourse = course != null && !course.isBlank();
        boolean toClass = classId != null && !classId.isBlank();
        if (toCourse == toClass) {
            throw ApiException.badRequest("course", "roster.target.one");
        }
        if (toCourse) {
            if (!caller.roles().contains(Roles.UNIT_MANAGER)) {
                throw new ApiException(Response.Status.FORBIDDEN, "roster.target.course-managers", "course");
            }
            if (caller.unit() == null) {
                throw ApiException.badRequest("course", "roster.target.no-unit");
            }
            String id = course.strip();
            if (courses.find(id).isEmpty()) {
                throw ApiException.badRequest("course", "roster.target.course-unknown", id);
            }
            return new JobTarget(JobTarget.Kind.COURSE, id, caller.id(), caller.unit().code());
        }
        if (!caller.roles().contains(Roles.TEACHER)) {
            throw new ApiException(Response.Status.FORBIDDEN, "roster.target.class-teachers", "classId");
        }
        UUID id;
        try {
            id = UUID.fromString(classId.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("classroom.not-found");
        }
        return new JobTarget(JobTarget.Kind.CLASS, id.toString(), caller.id(), membership.schoolOf(id, caller));
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** One of the caller's jobs; 404 for a job that is not theirs. */
    public EnrolmentJobView get(MeView caller, String jobId) {
        return view(owned(caller, jobId));
    }

    /** The caller's latest jobs, newest first. */
    public List<EnrolmentJobView> mine(MeView caller) {
        return store.ownedBy(caller.id(), RECENT).stream().map(EnrolmentJobs::view).toList();
    }

    /**
     * The rows refused, as CSV in {@code language} (UTF-8 with a byte order mark, so that spreadsheets
     * show Vietnamese): line of the uploaded file, username, e-mail, full name, reason.
     */
    public byte[] errorReport(MeView caller, String jobId, Locale language) {
        JobStore.Job job = owned(caller, jobId);
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(Messages.get(language, "roster.report.line"), Messages.get(language, "roster.report.username"),
                Messages.get(language, "roster.report.email"), Messages.get(language, "roster.report.name"),
                Messages.get(language, "roster.report.reason")));
        for (Object[] r : store.errors(job.id())) {
            lines.add(java.util.Arrays.asList(String.valueOf(r[0]), (String) r[1], (String) r[2], (String) r[3],
                    Messages.get(language, (String) r[4], r[5] == null ? "" : r[5])));
        }
        StringWriter out = new StringWriter().append('\uFEFF');
        try (SequenceWriter csv = new CsvMapper().writer(CsvSchema.emptySchema().withLineSeparator("\r\n"))
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writeValues(out)) {
            for (List<String> line : lines) {
                csv.write(line.stream().map(v -> v == null ? "" : v).toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JobStore.Job owned(MeView caller, String jobId) {
        UUID id;
        try {
            id = UUID.fromString(jobId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.notFound("roster.job.not-found");
        }
        return store.job(id).filter(j -> j.target().ownerId().equals(caller.id()))
                .orElseThrow(() -> ApiException.notFound("roster.job.not-found"));
    }

    static EnrolmentJobView view(JobStore.Job j) {
        int percent = j.totalRows() == 0 ? 100 : j.nextRow() * 100 / j.totalRows();
        return new EnrolmentJobView(j.id(), j.target().kind().dataName(), j.target().targetId(), j.fileName(), j.state(),
                j.totalRows(), j.nextRow(), percent, j.enrolled(), j.created(), j.already(), j.failed(), j.createdAt(),
                j.finishedAt(), "/api/v1/enrolment-jobs/" + j.id() + "/errors.csv");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
