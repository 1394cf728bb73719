package com.steward.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in and the coarse access rules. Fine-grained rules sit on controllers
 * ({@code @PreAuthorize}); vendor isolation sits in the data path ({@link VendorAccess}).
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String API = "/api/";

    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                    + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, SignInAddressGuard addressGuard) throws Exception {
        RequestMatcher apiRequest = request -> request.getRequestURI().startsWith(request.getContextPath() + API);
        // API clients that authenticate with HTTP Basic on each request carry no session to ride, so
        // CSRF does not apply to them; browser (session) requests to the API still need the token.
        RequestMatcher basicAuthApiRequest = request -> apiRequest.matches(request)
                && request.getHeader("Authorization") != null
                && request.getHeader("Authorization").startsWith("Basic ");
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(
                                "/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::apiUnauthorized))
                .csrf(csrf -> csrf.ignoringRequestMatchers(basicAuthApiRequest))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(SecurityConfiguration::apiUnauthorized, apiRequest)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, denied) ->
                                        apiProblem(response, 403, "Forbidden", "Your role may not do this"),
                                apiRequest)
                        // Both mappings are needed: with a single one Spring Security applies it to every request.
                        .defaultAccessDeniedHandlerFor(
                                new org.springframework.security.web.access.AccessDeniedHandlerImpl(), request -> true))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .addFilterBefore(addressGuard, UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    static void apiUnauthorized(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e)
            throws IOException {
        if (e instanceof org.springframework.security.authentication.InternalAuthenticationServiceException) {
            // the user store (the database) cannot be read: not the client's fault, and worth retrying
            response.setHeader("Retry-After", "30");
            apiProblem(response, 503, "Service unavailable", "Sign-in is unavailable; try again shortly");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Steward\"");
        apiProblem(response, 401, "Unauthorized", "Sign in or send HTTP Basic credentials");
    }

    static void apiProblem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }
}
