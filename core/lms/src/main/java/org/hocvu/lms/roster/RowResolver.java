package org.hocvu.lms.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.hocvu.lms.identity.people.AccountView;
import org.hocvu.lms.identity.people.NewPerson;
import org.hocvu.lms.identity.people.PeopleService;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.unit.UnitView;

import java.util.Optional;

/**
 * The first step of a row, outside any transaction because it talks to Keycloak: finds the person
 * by username (else e-mail), or creates the new person the row describes, once their unit is known
 * to be within the job's bounds. Doing it again finds the account made the first time, so a chunk
 * retried after a crash creates nobody twice. Keycloak being away is not the row's fault: the
 * exception ends the chunk, which is tried again later.
 */
@ApplicationScoped
class RowResolver {
    @Inject
    PeopleService people;
    @Inject
    UnitService units;

    /** A row's person, or why not; {@code created} when the account was made now. */
    record Resolution(CsvRow row, AccountView account, boolean created, String problem, String problemArg) {
        static Resolution refused(CsvRow row, String problem, String arg) {
            return new Resolution(row, null, false, problem, arg);
        }
    }

    /** In a request context of its own: the unit lookups read the database, without holding a transaction open. */
    @ActivateRequestContext
    Resolution resolve(CsvRow row, JobTarget target) {
        Optional<AccountView> found = row.username() != null ? people.account(row.username()) : Optional.empty();
        if (found.isEmpty() && row.email() != null) {
            found = people.account(row.email());
        }
        if (found.isPresent()) {
            return new Resolution(row, found.get(), false, null, null);
        }
        if (!row.newPerson()) {
            return Resolution.refused(row, "roster.row.not-found", row.login());
        }
        UnitView unit = units.exists(row.unitCode()) ? units.get(row.unitCode()) : null;
        if (unit == null || !unit.communeOrBelow() || unit.closed()) {
            return Resolution.refused(row, "roster.row.unit-unknown", row.unitCode());
        }
        if (target.scopeUnit() != null && !units.isWithin(unit.code(), target.scopeUnit())) {
            return Resolution.refused(row, "roster.row.unit-out-of-scope", unit.name());
        }
        String[] name = splitName(row.fullName());
        try {
            return people.create(new NewPerson(row.login(), row.email(), name[0], name[1], unit.code(), row.groups()))
                    .map(account -> new Resolution(row, account, true, null, null))
                    .orElseGet(() -> Resolution.refused(row, "roster.row.taken", row.email() != null ? row.email() : row.username()));
        } catch (ApiException refused) {
            if (refused.status().getStatusCode() / 100 == 5) {
                throw refused;
            }
            return Resolution.refused(row, "roster.row.keycloak-refused", String.valueOf(refused.args().length > 0 ? refused.args()[0] : ""));
        }
    }

    /** "Nguyễn Thị Lan" → family name "Nguyễn", given names "Thị Lan" (Vietnamese names: family name first). */
    static String[] splitName(String fullName) {
        String name = fullName.strip().replaceAll("\\s+", " ");
        int space = name.indexOf(' ');
        return space < 0 ? new String[] {name, ""} : new String[] {name.substring(0, space), name.substring(space + 1)};
    }
}
