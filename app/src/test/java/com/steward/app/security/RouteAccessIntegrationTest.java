package com.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.NullUnmarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Walks every route of the application as every role and checks access against the declarations
 * in {@code route-access.csv}. A route that the application serves but the file does not declare
 * fails the build, so no endpoint ships without a decided access rule.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NullUnmarked // test code: NullAway checks the production code of this package
class RouteAccessIntegrationTest {

    /** Who walks the routes: every role, and nobody signed in. */
    enum Caller {
        ADMIN,
        MANAGER,
        ANALYST,
        VIEWER,
        VENDOR,
        ANONYMOUS
    }

    /** One declared check: a route, a concrete request path, who may pass and what the others get. */
    record Declaration(
            HttpMethod method,
            String pattern,
            String sample,
            Set<Caller> allowed,
            int deniedStatus,
            String body,
            String line) {

        boolean api() {
            return sample.startsWith("/api/");
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    com.steward.app.contracts.Contracts contracts;

    TestAccounts accounts;
    List<Declaration> declarations;
    Map<String, String> placeholders = new HashMap<>();

    @BeforeAll
    void setUp() throws IOException {
        accounts = TestAccounts.create(vendors, users);
        declarations = readDeclarations();
        placeholders.putAll(com.steward.app.contracts.ContractFixtures.routePlaceholders(contracts, accounts));
        placeholders.putAll(com.steward.app.rollout.RolloutFixtures.routePlaceholders(
                context.getBean(com.steward.app.rollout.TransitionPlans.class), accounts));
        for (RouteFixture fixture : routeFixtures()) {
            placeholders.putAll(fixture.routePlaceholders(context, accounts));
        }
    }

    @Test
    void everyServedRouteIsDeclared() {
        Set<String> declared = new TreeSet<>();
        declarations.forEach(d -> declared.add(d.method() + " " + d.pattern()));
        Set<String> served = servedRoutes();
        assertThat(served)
                .as("routes served by the app but not declared in route-access.csv")
                .isSubsetOf(declared);
        assertThat(declared)
                .as("declarations for routes the app does not serve")
                .isSubsetOf(served);
        System.out.printf(
                "route × role matrix: %d routes, %d declared samples, %d checks%n",
                served.size(), declarations.size(), declarations.size() * Caller.values().length);
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsExactlyTheDeclaredAccess() {
        return declarations.stream()
                .flatMap(declaration -> Arrays.stream(Caller.values())
                        .map(caller -> DynamicTest.dynamicTest(
                                caller + " " + declaration.method() + " " + declaration.sample() + " (line "
                                        + declaration.line() + ")",
                                () -> check(declaration, caller))));
    }

    private void check(Declaration declaration, Caller caller) throws Exception {
        String path = declaration
                .sample()
                .replace("{ownVendor}", Long.toString(accounts.ownVendor.id()))
                .replace("{otherVendor}", Long.toString(accounts.otherVendor.id()))
                .replace(
                        "{vendorUser}",
                        Long.toString(accounts.principal(Role.VENDOR).id()));
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            path = path.replace(placeholder.getKey(), placeholder.getValue());
        }
        MockHttpServletRequestBuilder request =
                request(declaration.method(), path).with(csrf());
        if (caller != Caller.ANONYMOUS) {
            request = request.with(user(accounts.principal(Role.valueOf(caller.name()))));
        }
        if (declaration.body() != null) {
            String body = declaration
                    .body()
                    .replace("{ownVendor}", Long.toString(accounts.ownVendor.id()))
                    .replace("{otherVendor}", Long.toString(accounts.otherVendor.id()))
                    .replace("{unique}", Long.toString(System.nanoTime()));
            for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
                body = body.replace(placeholder.getKey(), placeholder.getValue());
            }
            request = body.startsWith("{")
                    ? request.contentType(MediaType.APPLICATION_JSON).content(body)
                    : request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        boolean sentToLogin = status == 302 && redirect != null && redirect.endsWith("/login");
        String what = caller + " " + declaration.method() + " " + path + " -> " + status
                + (redirect == null ? "" : " " + redirect);
        if (declaration.allowed().contains(caller)) {
            assertThat(status).as(what + " (declared allowed)").isNotIn(401, 403);
            if (!declaration.pattern().equals("/error")) { // /error called directly reports "no error" as 500
                assertThat(status).as(what + " (declared allowed)").isLessThan(500);
            }
            assertThat(sentToLogin).as(what + " (declared allowed)").isFalse();
            if (declaration.deniedStatus() == 404) {
                assertThat(status).as(what + " (declared visible)").isNotEqualTo(404);
            }
        } else if (caller == Caller.ANONYMOUS) {
            if (declaration.api()) {
                assertThat(status).as(what + " (anonymous API call)").isEqualTo(401);
            } else {
                assertThat(sentToLogin)
                        .as(what + " (anonymous page: sent to sign-in)")
                        .isTrue();
            }
        } else {
            assertThat(status).as(what + " (declared denied)").isEqualTo(declaration.deniedStatus());
        }
    }

    private Set<String> servedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                Set<String> names = new LinkedHashSet<>();
                if (methods.isEmpty()) {
                    names.add("GET");
                } else {
                    methods.forEach(m -> names.add(m.name()));
                }
                for (String pattern : info.getPatternValues()) {
                    for (String method : names) {
                        routes.add(method + " " + pattern);
                    }
                }
            }
        }
        return routes;
    }

    /** Every {@link RouteFixture} under com.steward.app, so features bring their own placeholders. */
    private static List<RouteFixture> routeFixtures() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(RouteFixture.class));
        Set<String> names = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.steward.app")) {
            names.add(candidate.getBeanClassName());
        }
        List<RouteFixture> fixtures = new ArrayList<>();
        for (String name : names) {
            try {
                fixtures.add((RouteFixture)
                        Class.forName(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create route fixture " + name, e);
            }
        }
        return fixtures;
    }

    /** route-access.csv and every route-access/*.csv (one per feature). */
    static List<Declaration> readDeclarations() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> files = new ArrayList<>(List.of(resolver.getResources("classpath*:route-access.csv")));
        List<Resource> features = new ArrayList<>(List.of(resolver.getResources("classpath*:route-access/*.csv")));
        features.sort(java.util.Comparator.comparing(Resource::getFilename));
        files.addAll(features);
        List<Declaration> result = new ArrayList<>();
        for (Resource file : files) {
            result.addAll(readDeclarations(file));
        }
        return result;
    }

    private static List<Declaration> readDeclarations(Resource file) throws IOException {
        String name = file.getFilename();
        List<Declaration> result = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (cells.length < 4) {
                    throw new IllegalStateException(
                            name + " line " + number + ": expected method;pattern;sample;allowed[;denied[;body]]");
                }
                Set<Caller> allowed = EnumSet.noneOf(Caller.class);
                for (String who : cells[3].trim().split("\\s+")) {
                    switch (who) {
                        case "STAFF" ->
                            allowed.addAll(EnumSet.of(Caller.ADMIN, Caller.MANAGER, Caller.ANALYST, Caller.VIEWER));
                        case "SIGNED_IN" -> allowed.addAll(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS)));
                        case "EVERYONE" -> allowed.addAll(EnumSet.allOf(Caller.class));
                        case "NOBODY" -> {}
                        default -> allowed.add(Caller.valueOf(who));
                    }
                }
                int denied = cells.length > 4 && !cells[4].isBlank() ? Integer.parseInt(cells[4].trim()) : 403;
                String body = cells.length > 5 && !cells[5].isBlank() ? cells[5].trim() : null;
                result.add(new Declaration(
                        HttpMethod.valueOf(cells[0].trim()),
                        cells[1].trim(),
                        cells[2].trim(),
                        allowed,
                        denied,
                        body,
                        name + ":" + number));
            }
        }
        return result;
    }
}
