package com.steward.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-user concurrency limit on expensive work — KPI queries, imports, review packs — so that one user cannot take
 * every core: four parallel uncached vendor KPI queries raised other users' KPI pages from 0.08 s to 0.35–0.67 s.
 * A request beyond {@code steward.fair-use.max-concurrent-per-user} (default 2) of that user's requests in flight
 * answers 429 with {@code Retry-After}. Runs after Spring Security (the user is known); anonymous requests never
 * get this far on these paths.
 */
@Component
class FairUse extends OncePerRequestFilter {

    /** The expensive routes: KPI queries (not the catalogue), review packs, import uploads. */
    static final Pattern EXPENSIVE_GET = Pattern.compile(
            "/api/v1/kpis|/govern/kpis|/api/v1/vendors/[^/]+/review-pack(/.*)?|/govern/review-packs/[^/]+/pack\\.pdf");

    static final Pattern EXPENSIVE_POST = Pattern.compile("/api/v1/imports|/govern/imports");

    private final int maxPerUser;
    private final long retryAfterSeconds;
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    FairUse(
            @Value("${steward.fair-use.max-concurrent-per-user:2}") int maxPerUser,
            @Value("${steward.fair-use.retry-after-seconds:5}") long retryAfterSeconds) {
        this.maxPerUser = maxPerUser;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return switch (request.getMethod()) {
            case "GET" -> !EXPENSIVE_GET.matcher(path).matches();
            case "POST" -> !EXPENSIVE_POST.matcher(path).matches();
            default -> true;
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Principal user = request.getUserPrincipal();
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        AtomicInteger mine = inFlight.computeIfAbsent(user.getName(), name -> new AtomicInteger());
        if (mine.incrementAndGet() > maxPerUser) {
            mine.decrementAndGet();
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
            SecurityConfiguration.apiProblem(
                    response,
                    429,
                    "Too many requests",
                    "You already have " + maxPerUser + " KPI queries, imports or review packs running; try again"
                            + " when one has finished");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            mine.decrementAndGet();
        }
    }

    /** Requests of {@code username} in flight now (for tests). */
    int inFlight(String username) {
        AtomicInteger n = inFlight.get(username);
        return n == null ? 0 : n.get();
    }
}
