package org.hocvu.lms.xapi.jdbc;

import org.jboss.resteasy.reactive.server.ExceptionUnwrapStrategy;
import org.jboss.resteasy.reactive.server.UnwrapException;

import java.sql.SQLException;

/**
 * A {@link SQLException} from {@link Sql}, unchecked. A type of its own so the API's mappers can look
 * at the cause (a full connection pool answers 503) without unwrapping every {@link IllegalStateException}.
 */
@UnwrapException(value = SqlFailure.class, strategy = ExceptionUnwrapStrategy.UNWRAP_IF_NO_EXACT_MATCH)
public class SqlFailure extends IllegalStateException {
    public SqlFailure(SQLException cause) {
        super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
