package com.steward.app.demo;

import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who writes the demo data: the demo loader, an administrator that is no user, so seeding may see every vendor. */
final class DemoActor {

    private DemoActor() {}

    static Authentication system() {
        StewardUser actor =
                new StewardUser(0, DemoSelectAndContract.ACTOR, "Demo loader", null, Role.ADMIN, null, true, null);
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, actor.getAuthorities());
    }

    /** Runs {@code work} as the demo loader. */
    static <T> T as(Supplier<T> work) {
        return as(system(), work);
    }

    /** Runs {@code work} signed in as {@code authentication}, restoring whoever was signed in before. */
    static <T> T as(Authentication authentication, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        context.setAuthentication(authentication);
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
