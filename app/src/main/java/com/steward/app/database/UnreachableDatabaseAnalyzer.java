package com.steward.app.database;

import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Explains a start-up failure caused by an unreachable database in one sentence naming the URL,
 * instead of a page of stack trace. Registered in {@code META-INF/spring.factories}.
 */
class UnreachableDatabaseAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    UnreachableDatabaseAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        Throwable cause = connectionFailure(failure);
        if (cause == null) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(no spring.datasource.url set)");
        if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
            return new FailureAnalysis(
                    "Steward's embedded database at " + url + " is in use by another Steward process (a running"
                            + " `steward serve`?); the embedded database admits one process at a time.",
                    "Stop the server first, or send the work to it over HTTP (imports: POST /api/v1/imports with"
                            + " curl), or run Steward on PostgreSQL (SPRING_PROFILES_ACTIVE=postgres).",
                    failure);
        }
        return new FailureAnalysis(
                "Steward cannot reach its database at " + url + ": " + cause.getMessage(),
                "Start the database (or correct SPRING_DATASOURCE_URL / SPRING_DATASOURCE_USERNAME / "
                        + "SPRING_DATASOURCE_PASSWORD) and start Steward again.",
                failure);
    }

    /** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1): another process holds the file. */
    static final int H2_DATABASE_IN_USE = 90020;

    /** The first cause that means "could not connect", or null. */
    static Throwable connectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return t;
            }
            if (t instanceof ConnectException) {
                return t;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return t;
            }
            if (t instanceof SQLException sql && "28000".equals(sql.getSQLState())) {
                return t; // invalid authorization: also "cannot reach" from the operator's view
            }
        }
        return null;
    }
}
