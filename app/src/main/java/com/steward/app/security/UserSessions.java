package com.steward.app.security;

import java.util.Optional;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in sessions of each user (Spring Security's session registry): a password change ends the user's other
 * sessions, a reset ends all of them; an ended session's next request is sent to sign in again.
 */
@Component
public class UserSessions {

    /** The session attribute that marks a session signed in with a one-time password not yet replaced. */
    public static final String PASSWORD_CHANGE_REQUIRED = "steward.passwordChangeRequired";

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of user {@code userId} except the current request's (when there is one); returns how many. */
    public int endOtherSessions(long userId) {
        Optional<String> current =
                Optional.ofNullable(RequestContextHolder.getRequestAttributes()).map(RequestAttributes::getSessionId);
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof StewardUser user && user.id() == userId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (current.filter(session.getSessionId()::equals).isEmpty()) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }

    /** Ends every session of user {@code userId}, the current request's too; returns how many. */
    public int endAllSessions(long userId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof StewardUser user && user.id() == userId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
