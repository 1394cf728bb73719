package com.steward.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
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

    /**
     * The filter chain. {@code steward.security.http-basic} (default true; false in the {@code postgres} profile)
     * says whether API clients may send a person's password with HTTP Basic; API tokens ({@code Bearer}) always work.
     */
    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            SignInAddressGuard addressGuard,
            BearerTokens tokens,
            SignInThrottle throttle,
            SessionRegistry sessions,
            @Value("${steward.security.http-basic:true}") boolean httpBasic)
            throws Exception {
        RequestMatcher apiRequest = request -> request.getRequestURI().startsWith(request.getContextPath() + API);
        // API clients that authenticate on each request (HTTP Basic, a token) carry no session to ride, so
        // CSRF does not apply to them; browser (session) requests to the API still need the token.
        RequestMatcher statelessApiRequest = request -> apiRequest.matches(request)
                && (SignInAddressGuard.carriesBasicCredentials(request) || BearerTokenFilter.carriesBearer(request));
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
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(SignInDetails::new)
                        .successHandler(SecurityConfiguration::signedIn)
                        .failureHandler(signInFailed())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(statelessApiRequest))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(apiUnauthorized(httpBasic), apiRequest)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, denied) ->
                                        apiProblem(response, 403, "Forbidden", "Your role may not do this"),
                                apiRequest)
                        // Both mappings are needed: with a single one Spring Security applies it to every request.
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        // every session is registered so that a password change can end the user's other sessions
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/login?ended"))
                .headers(SecurityConfiguration::headers)
                .addFilterBefore(addressGuard, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, throttle), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class);
        if (httpBasic) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(apiUnauthorized(httpBasic)));
        } else {
            http.httpBasic(AbstractHttpConfigurer::disable);
        }
        return http.build();
    }

    /** Answers an API call without valid credentials: 401, advertising the schemes accepted. */
    static AuthenticationEntryPoint apiUnauthorized(boolean httpBasic) {
        return (request, response, e) -> apiUnauthorized(request, response, e, httpBasic);
    }

    static void apiUnauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        apiUnauthorized(request, response, e, true);
    }

    static void apiUnauthorized(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e, boolean httpBasic)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            // the user store (the database) cannot be read: not the client's fault, and worth retrying
            response.setHeader("Retry-After", "30");
            apiProblem(response, 503, "Service unavailable", "Sign-in is unavailable; try again shortly");
            return;
        }
        response.addHeader("WWW-Authenticate", "Bearer realm=\"Steward\"");
        if (httpBasic) {
            response.addHeader("WWW-Authenticate", "Basic realm=\"Steward\"");
        }
        apiProblem(response, 401, "Unauthorized", "Sign in or send an API token (Authorization: Bearer)");
    }

    /** Content-Security-Policy, Referrer-Policy and Permissions-Policy on every response. */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }

    /** Tells the session registry when sessions end or change id. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** After a sign-in: a one-time password leads to the account page to choose one; otherwise where they were going. */
    private static void signedIn(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof StewardUser user && user.mustChangePassword()) {
            request.getSession().setAttribute(UserSessions.PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + "/account?mustChange");
            return;
        }
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl("/");
        saved.onAuthenticationSuccess(request, response, authentication);
    }

    /** A wrong password goes back to {@code /login?error}; an expired one-time password to {@code /login?expired}. */
    private static AuthenticationFailureHandler signInFailed() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(CredentialsExpiredException.class.getName(), "/login?expired"));
        return handler;
    }

    static void apiProblem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }
}
