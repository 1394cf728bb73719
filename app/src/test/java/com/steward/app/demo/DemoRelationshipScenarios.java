package com.steward.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.keycustomers.KeyAccounts;
import com.steward.app.keycustomers.KeyCustomerSample;
import com.steward.app.keycustomers.KeyCustomerSamples;
import com.steward.app.relationship.PulseSurveys;
import com.steward.app.relationship.QuarterHealth;
import com.steward.app.relationship.RelationshipHealth;
import com.steward.app.relationship.SurveyDirection;
import com.steward.app.relationship.SurveyResults;
import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo company's relationship data, on H2 and PostgreSQL by the two subclasses: four closed quarters of two-way
 * surveys per vendor with results shown, acme healthy and corvid deteriorating, key accounts from the lake's
 * customers and one sample of acme's latest month with recorded calls.
 */
@SpringBootTest(
        properties = {
            "steward.demo.enabled=true",
            "steward.demo.lake.months=12",
            "steward.demo.lake.contacts-per-month=600"
        })
@AutoConfigureMockMvc
abstract class DemoRelationshipScenarios {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    PulseSurveys surveys;

    @Autowired
    RelationshipHealth health;

    @Autowired
    KeyAccounts keyAccounts;

    @Autowired
    KeyCustomerSamples samples;

    @Autowired
    JdbcClient jdbc;

    static <T> T asViewer(Supplier<T> work) {
        StewardUser viewer = new StewardUser(0, "viewer-test", "Viewer", null, Role.VIEWER, null, true, null);
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(viewer, null, viewer.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    private Vendor vendor(String code) {
        return asViewer(() -> vendors.visibleVendors().stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow());
    }

    /** The four complete quarters before today's, which the demo's closed surveys cover. */
    private List<String> quarters() {
        return DemoRelationship.quarters(java.time.LocalDate.now(clock)).stream()
                .map(Object::toString)
                .toList();
    }

    private List<Double> indexes(String code) {
        return asViewer(() -> health.history(vendor(code).id())).stream()
                .filter(h -> quarters().contains(h.quarter()))
                .map(QuarterHealth::index)
                .toList();
    }

    @Test
    void acmeIsHealthyAndCorvidDeteriorates() {
        List<Double> acme = indexes("acme");
        List<Double> corvid = indexes("corvid");
        assertThat(acme).hasSize(4).doesNotContainNull();
        assertThat(corvid).hasSize(4).doesNotContainNull();
        assertThat(acme).allSatisfy(i -> assertThat(i).isGreaterThan(70));
        // The story, with every component in (surveys, and the escalations the savings demo books): corvid ends far
        // below where it started and below every earlier quarter; single quarters may hold level.
        assertThat(corvid.getLast()).isLessThan(corvid.getFirst() - 10);
        for (int q = 0; q < 3; q++) {
            assertThat(corvid.getLast()).isLessThan(corvid.get(q));
        }
        assertThat(corvid.getLast()).isLessThan(acme.getLast() - 25);
        SurveyResults latest = asViewer(
                        () -> surveys.latestResults(vendor("corvid").id(), SurveyDirection.CLIENT_ABOUT_VENDOR))
                .orElseThrow();
        assertThat(latest.quarter()).isEqualTo(quarters().getLast());
        assertThat(latest.shown()).isTrue();
        assertThat(latest.responses()).isEqualTo(DemoRelationship.CLIENT_RESPONSES);
        assertThat(latest.comments()).isNotEmpty();
    }

    @Test
    void thePagesShowTheDemoStory() throws Exception {
        StewardUser viewer = new StewardUser(0, "viewer-test", "Viewer", null, Role.VIEWER, null, true, null);
        var as =
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(viewer);
        long corvid = vendor("corvid").id();
        String overview = page("/govern/relationship", as);
        assertThat(overview).contains("Acme Contact Solutions", "Corvid Customer Care", "data-testid=\"health-index\"");
        assertThat(page("/govern/relationship/vendors/" + corvid, as))
                .contains(
                        "data-testid=\"health-chart\"",
                        "health-trend",
                        quarters().getLast(),
                        "responses");
        long survey = asViewer(() -> surveys.visibleSurveys(corvid)).getFirst().id();
        assertThat(page("/govern/relationship/surveys/" + survey, as)).contains("data-testid=\"results-table\"");
        assertThat(page("/govern/relationship/surveys", as)).contains("Bluesky BPO");
        assertThat(page("/govern/key-customers", as)).contains("Northwind Traders");
        long sample = asViewer(() -> samples.samples()).getFirst().id();
        assertThat(page("/govern/key-customers/samples/" + sample, as)).contains("Mean satisfaction", "Reached");
        assertThat(page("/govern/key-customers/samples", as))
                .contains(DemoCalendar.of(clock).lastMonth().toString());
    }

    private String page(String path, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .with(who))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void keyAccountsComeFromTheLakeAndAcmesLatestMonthHasCalls() {
        assertThat(asViewer(() -> keyAccounts.list())).hasSize(DemoRelationship.KEY_ACCOUNTS);
        List<KeyCustomerSample> all = asViewer(() -> samples.samples());
        assertThat(all).hasSize(1);
        KeyCustomerSample sample = asViewer(() -> samples.sample(all.getFirst().id()));
        assertThat(sample.vendorCode()).isEqualTo("acme");
        assertThat(sample.month()).isEqualTo(DemoCalendar.of(clock).lastMonth().toString());
        assertThat(sample.seed()).isEqualTo(DemoRelationship.SAMPLE_SEED);
        assertThat(sample.calls()).isNotEmpty();
        assertThat(sample.calls()).allSatisfy(c -> assertThat(c.customerName()).isNotNull());
        assertThat(sample.calls().stream().filter(c -> c.outcome() != null).count())
                .isEqualTo(Math.min(8, sample.calls().size()));
        assertThat(asViewer(() -> samples.reproducible(sample.id()))).isTrue();
    }
}
