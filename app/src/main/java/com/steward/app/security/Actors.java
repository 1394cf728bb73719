package com.steward.app.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one way work runs under an identity other than the signed-in user's: scheduled jobs, the demo loader, benchmarks
 * and digests. The system actor is an administrator that is no user account (id 0), so the work may see every vendor;
 * whoever was signed in before is restored afterwards, also when the work throws.
 */
public final class Actors {

    /** Scheduled jobs: scorecard runs, monitoring checks, drop folders. */
    public static final String SCHEDULER = "scheduler";

    private Actors() {}

    /** An administrator that is no user account, named for the audit log ({@code name}) and for people. */
    public static Authentication system(String name, String displayName) {
        StewardUser actor = new StewardUser(0, name, displayName, "", Role.ADMIN, null, true, null);
        return signedIn(actor);
    }

    /** {@code user} as an authenticated principal with its role's authorities. */
    public static Authentication signedIn(StewardUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** Runs {@code work} as the scheduler. */
    public static <T> T asScheduler(Supplier<T> work) {
        return as(system(SCHEDULER, "Scheduler"), work);
    }

    /** Runs {@code work} as {@code user}. */
    public static <T> T as(StewardUser user, Supplier<T> work) {
        return as(signedIn(user), work);
    }

    /** Runs {@code work} signed in as {@code authentication}, restoring whoever was signed in before. */
    public static <T> T as(Authentication authentication, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        context.setAuthentication(authentication);
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    /** Runs {@code work} signed in as {@code authentication}, restoring whoever was signed in before. */
    public static void as(Authentication authentication, Runnable work) {
        as(authentication, () -> {
            work.run();
            return null;
        });
    }
}
