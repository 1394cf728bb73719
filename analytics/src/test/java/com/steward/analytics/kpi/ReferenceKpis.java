package com.steward.analytics.kpi;

import com.steward.analytics.LakeFixtures.Contact;
import com.steward.analytics.LakeFixtures.Event;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A straightforward plain-Java computation of every KPI, independent of the SQL, for comparison. */
final class ReferenceKpis {
    private ReferenceKpis() {}

    static Map<List<String>, Map<String, MetricValue>> compute(List<Contact> all, List<Event> events, KpiQuery query) {
        KpiSettings s = query.settings();
        Instant from = query.from().atStartOfDay(s.zone()).toInstant();
        Instant to = query.to().plusDays(1).atStartOfDay(s.zone()).toInstant();
        List<Contact> scope = all.stream()
                .filter(c -> !c.arrived().isBefore(from) && c.arrived().isBefore(to))
                .filter(c -> query.vendors().admits(c.handledBy()))
                .toList();

        // Gap to the nearest other contact of the same customer at or after this one, over all contacts of every
        // vendor (a contact at the same instant is a gap of 0: each of the two is the other's repeat).
        Map<String, List<Contact>> byCustomer = new HashMap<>();
        all.stream()
                .filter(c -> c.customerId() != null)
                .forEach(c -> byCustomer
                        .computeIfAbsent(c.customerId(), k -> new ArrayList<>())
                        .add(c));
        Map<Contact, Long> nextGapMicros = new HashMap<>();
        for (List<Contact> list : byCustomer.values()) {
            for (Contact c : list) {
                for (Contact other : list) {
                    long gap = micros(other.arrived()) - micros(c.arrived());
                    if (other != c && gap >= 0) {
                        nextGapMicros.merge(c, gap, Math::min);
                    }
                }
            }
        }

        Map<List<String>, List<Contact>> groups = new LinkedHashMap<>();
        for (Contact c : scope) {
            groups.computeIfAbsent(key(c, query), k -> new ArrayList<>()).add(c);
        }
        Map<List<String>, Map<String, MetricValue>> result = new HashMap<>();
        long sl = s.serviceLevelSeconds() * 1_000_000L;
        long shortAbandon = s.shortAbandonSeconds() * 1_000_000L;
        for (var entry : groups.entrySet()) {
            List<Contact> contacts = entry.getValue();
            List<Contact> counted = contacts.stream()
                    .filter(c -> c.answered() != null || micros(c.ended()) - micros(c.arrived()) >= shortAbandon)
                    .toList();
            List<Contact> handled =
                    counted.stream().filter(c -> c.answered() != null).toList();
            Map<String, MetricValue> m = new LinkedHashMap<>();
            long offered = counted.size();
            long answered = handled.size();
            long abandoned = offered - answered;
            if (offered > 0) {
                m.put("offered", new MetricValue((double) offered, offered, offered, null, null, offered));
                m.put("answered", new MetricValue((double) answered, answered, offered, null, null, answered));
                m.put("abandoned", new MetricValue((double) abandoned, abandoned, offered, null, null, abandoned));
                long withinTarget = handled.stream()
                        .filter(c -> micros(c.answered()) - micros(c.arrived()) <= sl)
                        .count();
                m.put("service_level", KpiSql.proportion(withinTarget, offered));
                m.put("abandonment_rate", KpiSql.proportion(abandoned, offered));
                double[] waits = handled.stream()
                        .mapToDouble(c -> (micros(c.answered()) - micros(c.arrived())) / 1e6)
                        .toArray();
                m.put("asa", mean(waits));
                // Every metric over the contacts where its inputs are known: AHT over answered contacts with a handle
                // time, each disposition rate over answered contacts whose flag is reported.
                m.put(
                        "aht",
                        mean(handled.stream()
                                .map(Contact::handleSeconds)
                                .filter(x -> x != null)
                                .mapToDouble(Double::doubleValue)
                                .toArray()));
                m.put("transfer_rate", flagRate(handled, Contact::transferred));
                m.put("complaint_rate", flagRate(handled, Contact::complaint));
                m.put("resolved_rate", flagRate(handled, Contact::resolved));
                List<Integer> csat = counted.stream()
                        .map(Contact::csat)
                        .filter(x -> x != null)
                        .toList();
                m.put(
                        "csat",
                        KpiSql.proportion(csat.stream().filter(x -> x >= 4).count(), csat.size()));
                List<Integer> nps = counted.stream()
                        .map(Contact::nps)
                        .filter(x -> x != null)
                        .toList();
                m.put(
                        "nps",
                        KpiSql.nps(
                                nps.stream().filter(x -> x >= 9).count(),
                                nps.stream().filter(x -> x <= 6).count(),
                                nps.size()));
                m.put(
                        "qa",
                        mean(counted.stream()
                                .map(Contact::qa)
                                .filter(x -> x != null)
                                .mapToDouble(Double::doubleValue)
                                .toArray()));
            }
            long fcrWindow = s.fcrWindowDays() * 86_400_000_000L;
            List<Contact> fcrBase = contacts.stream()
                    .filter(c -> c.answered() != null && c.customerId() != null)
                    .toList();
            if (!fcrBase.isEmpty()) {
                long ok = fcrBase.stream()
                        .filter(c -> {
                            Long gap = nextGapMicros.get(c);
                            return gap == null || gap > fcrWindow;
                        })
                        .count();
                m.put("fcr", KpiSql.proportion(ok, fcrBase.size()));
            }
            putFollowed(m, "churn_after_contact", contacts, events, true, "churned", s.churnWindowDays());
            putFollowed(m, "lead_conversion", contacts, events, false, "became_customer", s.leadWindowDays());
            m.keySet().retainAll(query.metrics());
            result.put(entry.getKey(), m);
        }
        return result;
    }

    private static void putFollowed(
            Map<String, MetricValue> m,
            String id,
            List<Contact> contacts,
            List<Event> events,
            boolean customers,
            String event,
            int windowDays) {
        Set<String> callers = new HashSet<>();
        Set<String> followed = new HashSet<>();
        for (Contact c : contacts) {
            if (c.customerId() == null || !Boolean.valueOf(customers).equals(c.isCustomer())) {
                continue;
            }
            callers.add(c.customerId());
            Instant limit = c.arrived().plus(windowDays, ChronoUnit.DAYS);
            for (Event e : events) {
                if (e.customerId().equals(c.customerId())
                        && e.event().equals(event)
                        && micros(e.at()) > micros(c.arrived())
                        && micros(e.at()) <= micros(limit)) {
                    followed.add(c.customerId());
                }
            }
        }
        if (!callers.isEmpty()) {
            m.put(id, KpiSql.proportion(followed.size(), callers.size()));
        }
    }

    private static MetricValue flagRate(List<Contact> handled, java.util.function.Function<Contact, Boolean> flag) {
        long known = handled.stream().filter(c -> flag.apply(c) != null).count();
        long yes =
                handled.stream().filter(c -> Boolean.TRUE.equals(flag.apply(c))).count();
        return KpiSql.proportion(yes, known);
    }

    private static MetricValue mean(double[] values) {
        double sum = Arrays.stream(values).sum();
        double squares = Arrays.stream(values).map(v -> v * v).sum();
        return KpiSql.mean(sum, squares, values.length);
    }

    private static List<String> key(Contact c, KpiQuery query) {
        List<String> key = new ArrayList<>();
        for (Dimension d : query.groupBy()) {
            LocalDate day = c.arrived().atZone(query.settings().zone()).toLocalDate();
            key.add(
                    switch (d) {
                        case HANDLED_BY -> c.handledBy();
                        case SITE -> c.site();
                        case CHANNEL -> c.channel();
                        case QUEUE -> c.queue();
                        case REGION -> c.region();
                        case AGENT_ID -> c.agentId();
                        case DAY -> day.toString();
                        case WEEK ->
                            day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                                    .toString();
                        case MONTH -> day.toString().substring(0, 7);
                        case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
                    });
        }
        return key;
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
