package com.steward.app.relationship;

import com.steward.app.contracts.ContractFixtures;
import com.steward.app.security.Role;
import com.steward.app.security.RouteFixture;
import com.steward.app.support.TestAccounts;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.NullUnmarked;
import org.springframework.context.ApplicationContext;

/** Surveys the tests share, created through the real facade; placeholders for the route × role matrix. */
@NullUnmarked // test code: NullAway checks the production code of this package
public class RelationshipFixtures implements RouteFixture {

    /** Every dimension answered with {@code score}. */
    public static AnswerInput allScores(int score, String comment) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (SurveyDimension d : SurveyDimension.values()) {
            scores.put(d.id(), score);
        }
        return new AnswerInput(scores, comment);
    }

    /** An answer body for the API, every dimension {@code score}. */
    public static String answerJson(int score) {
        StringBuilder json = new StringBuilder("{\"scores\":{");
        String separator = "";
        for (SurveyDimension d : SurveyDimension.values()) {
            json.append(separator).append('"').append(d.id()).append("\":").append(score);
            separator = ",";
        }
        return json.append("},\"comment\":\"route check\"}").toString();
    }

    public static SurveyInput openSurvey(long vendorId, SurveyDirection direction, String quarter, Integer min) {
        LocalDate today = LocalDate.now();
        return new SurveyInput(vendorId, direction, quarter, today.minusDays(1), today.plusDays(14), min);
    }

    /**
     * {@code {ownClientSurvey}}, {@code {ownVendorSurvey}} (open, of the VENDOR user's vendor), {@code {otherSurvey}}
     * (the other vendor's client-side survey) and {@code {closableSurvey}}.
     */
    @Override
    public Map<String, String> routePlaceholders(ApplicationContext context, TestAccounts accounts) {
        PulseSurveys surveys = context.getBean(PulseSurveys.class);
        return ContractFixtures.as(accounts, Role.MANAGER, () -> {
            long own = accounts.ownVendor.id();
            long other = accounts.otherVendor.id();
            PulseSurvey client = surveys.create(openSurvey(own, SurveyDirection.CLIENT_ABOUT_VENDOR, "2026-Q1", null));
            PulseSurvey vendor = surveys.create(openSurvey(own, SurveyDirection.VENDOR_ABOUT_CLIENT, "2026-Q1", null));
            PulseSurvey otherSurvey =
                    surveys.create(openSurvey(other, SurveyDirection.CLIENT_ABOUT_VENDOR, "2026-Q1", null));
            PulseSurvey closable =
                    surveys.create(openSurvey(own, SurveyDirection.CLIENT_ABOUT_VENDOR, "2025-Q4", null));
            return Map.of(
                    "{ownClientSurvey}", Long.toString(client.id()),
                    "{ownVendorSurvey}", Long.toString(vendor.id()),
                    "{otherSurvey}", Long.toString(otherSurvey.id()),
                    "{closableSurvey}", Long.toString(closable.id()));
        });
    }
}
