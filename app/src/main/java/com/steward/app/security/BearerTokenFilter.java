package com.steward.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls carrying {@code Authorization: Bearer <token>}: through the same per-address limit as
 * passwords (an unknown, expired or revoked token counts as a failure; a blocked address gets 429), then as the
 * token's owner with the role its scope allows; a request outside the scope answers 403. Nothing is kept in a session.
 * Not a bean: it runs inside Spring Security's chain only (a bean would also be registered with the servlet container).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    private final BearerTokens tokens;
    private final SignInThrottle throttle;

    BearerTokenFilter(BearerTokens tokens, SignInThrottle throttle) {
        this.tokens = tokens;
        this.throttle = throttle;
    }

    static boolean carriesBearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !carriesBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (throttle.isAddressBlocked(address)) {
            response.setHeader("Retry-After", String.valueOf(throttle.retryAfterSeconds(address)));
            SecurityConfiguration.apiProblem(
                    response, 429, "Too many requests", "Too many failed sign-ins from this address; wait");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String secret =
                request.getHeader("Authorization").substring(PREFIX.length()).trim();
        Optional<TokenIdentity> identity =
                path.startsWith(SecurityConfiguration.API) ? tokens.authenticate(secret) : Optional.empty();
        if (identity.isEmpty()) {
            throttle.addressFailed(address);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Steward\", error=\"invalid_token\"");
            SecurityConfiguration.apiProblem(
                    response,
                    401,
                    "Unauthorized",
                    "The token is unknown, expired or revoked (tokens serve /api/ only)");
            return;
        }
        if (!identity.get().scope().permits(request.getMethod(), path)) {
            SecurityConfiguration.apiProblem(
                    response,
                    403,
                    "Forbidden",
                    "The token's scope (" + identity.get().scope() + ") does not allow this");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(Actors.signedIn(identity.get().actingAs()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
