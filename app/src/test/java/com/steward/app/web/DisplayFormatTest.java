package com.steward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.costing.PricingModel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class DisplayFormatTest {

    private final DisplayFormat fmt = new DisplayFormat(messages());

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("enum.NO_GO", Locale.ENGLISH, "No-go");
        return messages;
    }

    @Test
    void everyKindOfDateReadsTheSameDay() {
        assertThat(fmt.date(LocalDate.of(2026, 12, 7))).isEqualTo("7 Dec 2026");
        assertThat(fmt.date(Instant.parse("2026-12-07T23:59:00Z"))).isEqualTo("7 Dec 2026");
        assertThat(fmt.date("2026-12-07")).isEqualTo("7 Dec 2026");
        assertThat(fmt.date("2026-09-01")).isEqualTo("1 Sep 2026");
        assertThat(fmt.dateTime(Instant.parse("2026-12-07T14:05:00Z"))).isEqualTo("7 Dec 2026, 14:05");
        assertThat(fmt.month(YearMonth.of(2026, 1))).isEqualTo("Jan 2026");
        assertThat(fmt.month("2026-03")).isEqualTo("Mar 2026");
        assertThat(fmt.date(null)).isEqualTo("—");
    }

    @Test
    void numbersGetAPrecisionThatFitsTheirSize() {
        assertThat(fmt.number(173.33333333333334)).isEqualTo("173");
        assertThat(fmt.number(45810.4)).isEqualTo("45,810");
        assertThat(fmt.number(12.345)).isEqualTo("12.3");
        assertThat(fmt.number(0.125)).isEqualTo("0.13");
        assertThat(fmt.number(54.0)).isEqualTo("54");
        assertThat(fmt.count(54.0)).isEqualTo("54");
        assertThat(fmt.number(new BigDecimal("1234567.891"), 2)).isEqualTo("1,234,567.89");
        assertThat(fmt.number(Double.NaN)).isEqualTo("—");
        assertThat(fmt.number(null)).isEqualTo("—");
    }

    @Test
    void enteredValuesKeepTheirPrecisionWithoutNoise() {
        assertThat(fmt.value("38000.0")).isEqualTo("38,000");
        assertThat(fmt.value(0.0765)).isEqualTo("0.0765");
        assertThat(fmt.value("173.33333333333334")).isEqualTo("173.33");
        assertThat(fmt.value("BASE")).isEqualTo("BASE");
        assertThat(fmt.value("")).isEqualTo("—");
    }

    @Test
    void moneyCarriesItsCurrencyAndCentsOnlyWhenSmall() {
        assertThat(fmt.money(45810.0, "EUR")).isEqualTo("EUR 45,810");
        assertThat(fmt.money(new BigDecimal("12.5"), "USD")).isEqualTo("USD 12.50");
        assertThat(fmt.money(-1500, null)).isEqualTo("-1,500");
        assertThat(fmt.money(null, "EUR")).isEqualTo("—");
    }

    @Test
    void percentagesAndDurations() {
        assertThat(fmt.percent(0.125)).isEqualTo("12.5 %");
        assertThat(fmt.percent(0.8, 0)).isEqualTo("80 %");
        assertThat(fmt.points(7.25)).isEqualTo("7.3 %");
        assertThat(fmt.duration(45)).isEqualTo("45 s");
        assertThat(fmt.duration(200)).isEqualTo("3 min 20 s");
        assertThat(fmt.duration(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
        assertThat(fmt.duration(7170)).isEqualTo("2 h");
    }

    @Test
    void enumsReadAsWordsOrAsTheBundleNamesThem() {
        assertThat(fmt.label(PricingModel.PER_HANDLED_MINUTE)).isEqualTo("Per handled minute");
        assertThat(fmt.label("COMPLAINT_RATE")).isEqualTo("Complaint rate");
        assertThat(fmt.label("NO_GO")).isEqualTo("No-go");
        assertThat(fmt.label("abandonment_rate")).isEqualTo("Abandonment rate");
        assertThat(fmt.label("Acme Contact Solutions")).isEqualTo("Acme Contact Solutions");
        assertThat(fmt.label(null)).isEqualTo("—");
    }
}
