package com.steward.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts from a remote address that has failed too often recently: the sign-in form (redirect to
 * {@code /login?throttled}) and every request carrying HTTP Basic credentials (429 with {@code Retry-After}), which
 * once went around the limit.
 */
@Component
class SignInAddressGuard extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInAddressGuard(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(isFormSignIn(request) || carriesBasicCredentials(request));
    }

    private static boolean isFormSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    /** The username of HTTP Basic credentials, or null when they cannot be read. */
    private static @Nullable String basicUsername(HttpServletRequest request) {
        try {
            String decoded = new String(
                    Base64.getDecoder()
                            .decode(request.getHeader("Authorization")
                                    .substring(6)
                                    .trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean carriesBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = isFormSignIn(request) ? request.getParameter("username") : basicUsername(request);
        long pairWait = username == null ? 0 : throttle.pairWaitSeconds(username, request.getRemoteAddr());
        if (pairWait > 0) {
            if (isFormSignIn(request)) {
                response.sendRedirect(request.getContextPath() + "/login?throttled");
            } else {
                response.setHeader("Retry-After", String.valueOf(pairWait));
                SecurityConfiguration.apiProblem(
                        response, 429, "Too many requests", "Too many failed sign-ins for this account; wait");
            }
            return;
        }
        if (throttle.isAddressBlocked(request.getRemoteAddr())) {
            if (isFormSignIn(request)) {
                response.sendRedirect(request.getContextPath() + "/login?throttled");
            } else {
                response.setHeader("Retry-After", String.valueOf(throttle.retryAfterSeconds(request.getRemoteAddr())));
                SecurityConfiguration.apiProblem(
                        response, 429, "Too many requests", "Too many failed sign-ins from this address; wait");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
