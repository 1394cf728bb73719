package com.steward.app.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.app.web.InvalidRequestException;
import com.steward.core.costing.HiddenCosts;
import com.steward.core.costing.InHouseCostModel;
import com.steward.core.costing.PricingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCaseInputTest {

    private static BusinessCaseInput.OfferInput offer(String name, Double price) {
        return new BusinessCaseInput.OfferInput(
                name, PricingModel.PER_CONTACT, price, null, null, null, null, null, null);
    }

    @Test
    void missingNumbersTakeCoresDocumentedDefaults() {
        var core = new BusinessCaseInput("Case", null, null, null, null, null, null, List.of(offer("A", 4.0))).toCore();
        assertThat(core.inHouse()).isEqualTo(InHouseCostModel.defaults());
        assertThat(core.hiddenCosts()).isEqualTo(HiddenCosts.defaults());
        assertThat(core.termMonths()).isEqualTo(BusinessCaseInput.DEFAULT_TERM_MONTHS);
        assertThat(core.offer("A").exchangeRateToBase()).isEqualTo(1);
    }

    @Test
    void aBrokenRuleNamesTheFieldsPath() {
        var inHouse = new BusinessCaseInput.InHouseInput(
                null, null, null, null, 0.6, 0.5, null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> new BusinessCaseInput(
                                "Case", null, null, null, null, inHouse, null, List.of(offer("A", 4.0)))
                        .toCore())
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("inHouse.paidTimeOffRate"));
        assertThatThrownBy(() -> new BusinessCaseInput(
                                "Case", null, null, null, null, null, null, List.of(offer("A", null)))
                        .toCore())
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("offers[0].price"));
        assertThatThrownBy(() -> new BusinessCaseInput("Case", null, null, null, null, null, null, List.of()).toCore())
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("offers"));
    }
}
