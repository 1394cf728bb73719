package com.steward.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After a sign-in with a one-time password, the session may open only the account page (to choose a password),
 * sign out, and static files, until the password is changed; other pages redirect to {@code /account?mustChange},
 * API calls from that session answer 403. Not a bean: it runs inside Spring Security's chain only.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    private static final List<String> OPEN = List.of(
            "/account", "/logout", "/login", "/css/", "/js/", "/images/", "/webjars/", "/favicon.ico", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(UserSessions.PASSWORD_CHANGE_REQUIRED) == null || isOpen(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(SecurityConfiguration.API)) {
            SecurityConfiguration.apiProblem(
                    response, 403, "Forbidden", "Choose your own password first (the Account page)");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/account?mustChange");
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream()
                .anyMatch(open -> path.equals(open) || path.startsWith(open.endsWith("/") ? open : open + "/"));
    }
}
