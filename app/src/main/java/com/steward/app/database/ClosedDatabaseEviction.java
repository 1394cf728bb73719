package com.steward.app.database;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool to throw away a connection whose database has closed under it, so that the next
 * request opens a fresh one (for the embedded H2 file database that reopens the file) instead of the pool handing
 * out the dead connection for ever: after a memory exhaustion stalled the machine, H2 reported "database is closed"
 * and every save answered 500 until a restart. Hikari evicts on SQL states {@code 08xxx} by itself; H2 uses its
 * own codes for these. Named in {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class ClosedDatabaseEviction implements SQLExceptionOverride {

    /**
     * H2's error codes ({@code org.h2.api.ErrorCode}) for a database or connection that is gone: DATABASE_IS_CLOSED
     * 90098, DATABASE_CALLED_AT_SHUTDOWN 90121, OBJECT_CLOSED 90007, CONNECTION_BROKEN_1 90067, FILE_CORRUPTED_1
     * 90030, IO_EXCEPTION_1 90028, OUT_OF_MEMORY 90108.
     */
    static final Set<Integer> GONE = Set.of(90098, 90121, 90007, 90067, 90030, 90028, 90108);

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && GONE.contains(sql.getErrorCode())) {
                return SQLExceptionOverride.Override.MUST_EVICT;
            }
        }
        return SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
