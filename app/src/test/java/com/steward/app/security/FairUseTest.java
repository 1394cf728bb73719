package com.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FairUseTest {

    private final FairUse fairUse = new FairUse(2, 5);

    @Test
    void aThirdExpensiveRequestOfOneUserAnswers429WhileOthersProceed() throws Exception {
        CountDownLatch entered = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> holders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = Thread.ofPlatform().start(() -> {
                try {
                    fairUse.doFilter(
                            request("GET", "/api/v1/kpis", "vendor-user"),
                            new MockHttpServletResponse(),
                            (req, res) -> {
                                entered.countDown();
                                try {
                                    release.await(10, TimeUnit.SECONDS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            holders.add(t);
        }
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(fairUse.inFlight("vendor-user")).isEqualTo(2);

        MockHttpServletResponse third = run("GET", "/api/v1/kpis", "vendor-user");
        assertThat(third.getStatus()).isEqualTo(429);
        assertThat(third.getHeader("Retry-After")).isEqualTo("5");
        assertThat(run("GET", "/api/v1/kpis", "manager").getStatus())
                .as("another user")
                .isEqualTo(200);
        assertThat(run("GET", "/api/v1/kpis/catalogue", "vendor-user").getStatus())
                .as("cheap routes are not limited")
                .isEqualTo(200);
        assertThat(run("POST", "/api/v1/imports", "vendor-user").getStatus()).isEqualTo(429);

        release.countDown();
        for (Thread t : holders) {
            t.join(10_000);
        }
        assertThat(fairUse.inFlight("vendor-user")).isZero();
        assertThat(run("GET", "/govern/review-packs/7/pack.pdf", "vendor-user").getStatus())
                .isEqualTo(200);
    }

    private MockHttpServletResponse run(String method, String path, String user) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        fairUse.doFilter(request(method, path, user), response, (req, res) -> {});
        return response;
    }

    private static MockHttpServletRequest request(String method, String path, String user) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        request.setUserPrincipal(() -> user);
        return request;
    }
}
