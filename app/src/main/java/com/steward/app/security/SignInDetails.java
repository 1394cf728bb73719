package com.steward.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What the sign-in form sends besides the password: the remote address and, if any, the second factor's code. */
public final class SignInDetails extends WebAuthenticationDetails {

    private final @Nullable String code;

    SignInDetails(HttpServletRequest request) {
        super(request);
        String typed = request.getParameter("code");
        this.code = typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** The authentication or recovery code typed at sign-in, or null when the field was left empty. */
    public @Nullable String code() {
        return code;
    }
}
