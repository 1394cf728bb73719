package com.steward.analytics.feeds;

import com.steward.analytics.LakeFixtures.Contact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Survey and QA feeds for fixture contacts, as CSV, and the contacts as the KPIs should see them after the join. */
public final class FeedFixtures {
    private FeedFixtures() {}

    public record Survey(String interactionId, Integer csat, Integer nps, Instant respondedAt) {}

    public record Evaluation(String interactionId, String evaluator, String form, double score, Instant at) {}

    /** A response for every third answered contact (many also carry an inline csat the feed overrides). */
    public static List<Survey> surveys(List<Contact> contacts, long seed) {
        Random random = new Random(seed);
        List<Survey> out = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            if (c.answered() != null && i % 3 == 0) {
                boolean csat = random.nextDouble() < 0.8;
                boolean nps = !csat || random.nextBoolean();
                out.add(new Survey(
                        c.id(),
                        csat ? 1 + random.nextInt(5) : null,
                        nps ? random.nextInt(11) : null,
                        c.ended().plusSeconds(86_400L * (1 + random.nextInt(20)))));
            }
        }
        return out;
    }

    /** One to three evaluations (scores to a tenth or a thousandth of a point) for every fourth answered contact. */
    public static List<Evaluation> evaluations(List<Contact> contacts, long seed) {
        Random random = new Random(seed);
        List<Evaluation> out = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            if (c.answered() != null && i % 4 == 1) {
                int n = 1 + random.nextInt(3);
                for (int e = 0; e < n; e++) {
                    double score =
                            random.nextBoolean() ? random.nextInt(1001) / 10.0 : random.nextInt(100_001) / 1000.0;
                    out.add(new Evaluation(
                            c.id(),
                            "eval-" + e,
                            e == 2 ? "calibration" : "standard",
                            score,
                            c.ended().plusSeconds(3_600L * (e + 1))));
                }
            }
        }
        return out;
    }

    public static String surveysCsv(List<Survey> surveys) {
        StringBuilder out = new StringBuilder("interaction_id,csat,nps,responded_at\n");
        for (Survey s : surveys) {
            out.append(s.interactionId())
                    .append(',')
                    .append(s.csat() == null ? "" : s.csat())
                    .append(',')
                    .append(s.nps() == null ? "" : s.nps())
                    .append(',')
                    .append(s.respondedAt())
                    .append('\n');
        }
        return out.toString();
    }

    public static String evaluationsCsv(List<Evaluation> evaluations) {
        StringBuilder out = new StringBuilder("interaction_id,evaluator,form,score,evaluated_at\n");
        for (Evaluation e : evaluations) {
            out.append(e.interactionId())
                    .append(',')
                    .append(e.evaluator())
                    .append(',')
                    .append(e.form())
                    .append(',')
                    .append(e.score())
                    .append(',')
                    .append(e.at())
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * The contacts with the feeds applied as docs/data.md ("Feeds") defines it: the feed's csat and nps (each when it has one)
     * win over the inline ones; an evaluated contact's qa is the mean of its evaluations, rounded half up to a
     * thousandth of a point (one interaction weighs once however many evaluations it has).
     */
    public static List<Contact> joined(List<Contact> contacts, List<Survey> surveys, List<Evaluation> evaluations) {
        Map<String, Survey> byId = new HashMap<>();
        surveys.forEach(s -> byId.put(s.interactionId(), s));
        Map<String, List<Double>> scores = new HashMap<>();
        evaluations.forEach(e -> scores.computeIfAbsent(e.interactionId(), k -> new ArrayList<>())
                .add(e.score()));
        List<Contact> out = new ArrayList<>();
        for (Contact c : contacts) {
            Survey s = byId.get(c.id());
            List<Double> qa = scores.get(c.id());
            Double mean = null;
            if (qa != null) {
                long thousandths =
                        qa.stream().mapToLong(x -> Math.round(x * 1000)).sum();
                mean = Math.floor((double) thousandths / qa.size() + 0.5) / 1000;
            }
            out.add(new Contact(
                    c.source(),
                    c.id(),
                    c.handledBy(),
                    c.site(),
                    c.channel(),
                    c.queue(),
                    c.region(),
                    c.customerId(),
                    c.isCustomer(),
                    c.arrived(),
                    c.answered(),
                    c.ended(),
                    c.handleSeconds(),
                    c.transferred(),
                    c.resolved(),
                    c.complaint(),
                    c.agentId(),
                    s != null && s.csat() != null ? s.csat() : c.csat(),
                    s != null && s.nps() != null ? s.nps() : c.nps(),
                    mean != null ? mean : c.qa()));
        }
        return out;
    }
}
