package org.hocvu.lms.roster;

import java.util.Set;

/**
 * One data row of an enrolment file as read and checked at upload: who (username or e-mail) and,
 * for a new person, full name (family name first), unit code and target groups. {@code lineNo} is
 * the file's line (as a spreadsheet numbers it, the header being line 1); {@code problem} is the
 * message key of what is wrong with it already (null when nothing), {@code problemArg} its value.
 */
record CsvRow(int rowNo, int lineNo, String username, String email, String fullName, String unitCode,
              Set<String> groups, String problem, String problemArg) {

    boolean newPerson() {
        return fullName != null;
    }

    /** The login to look the person up by: the username, else the e-mail. */
    String login() {
        return username != null ? username : email;
    }
}
