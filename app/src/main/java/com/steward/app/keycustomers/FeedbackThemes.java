package com.steward.app.keycustomers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tags free-text feedback with coarse themes by keyword, so a vendor can learn what customers talk about without
 * reading (and possibly recognising) any single customer's words.
 */
final class FeedbackThemes {

    static final Map<String, List<String>> KEYWORDS = themes();

    private FeedbackThemes() {}

    private static Map<String, List<String>> themes() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("waiting time", List.of("wait", "hold", "queue", "slow", "long time", "callback"));
        t.put("resolution", List.of("resolv", "fixed", "solved", "sorted", "again", "repeat", "unresolved"));
        t.put("agent attitude", List.of("rude", "polite", "friendly", "kind", "courte", "attitude", "helpful"));
        t.put("agent knowledge", List.of("knowledge", "knew", "understand", "competent", "trained", "expert"));
        t.put("billing", List.of("bill", "invoice", "charge", "refund", "payment", "price"));
        t.put("transfers", List.of("transfer", "passed", "bounced", "another department"));
        return t;
    }

    /** Theme → number of texts mentioning it, in the order above; themes never mentioned are left out. */
    static Map<String, Integer> count(List<String> texts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, List<String>> theme : KEYWORDS.entrySet()) {
                if (theme.getValue().stream().anyMatch(lower::contains)) {
                    counts.merge(theme.getKey(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
