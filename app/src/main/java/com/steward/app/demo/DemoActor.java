package com.steward.app.demo;

import com.steward.app.security.Actors;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;

/** Who writes the demo data: the demo loader, an administrator that is no user, so seeding may see every vendor. */
final class DemoActor {

    private DemoActor() {}

    static Authentication system() {
        return Actors.system(DemoSelectAndContract.ACTOR, "Demo loader");
    }

    /** Runs {@code work} as the demo loader. */
    static <T> T as(Supplier<T> work) {
        return as(system(), work);
    }

    /** Runs {@code work} signed in as {@code authentication}, restoring whoever was signed in before. */
    static <T> T as(Authentication authentication, Supplier<T> work) {
        return Actors.as(authentication, work);
    }
}
