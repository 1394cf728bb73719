package com.steward.app.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How many guesses a password would take, in the spirit of zxcvbn (Wheeler, "zxcvbn: Low-Budget Password Strength
 * Estimation", USENIX Security 2016), which is not available to this build: the password is split, at least cost,
 * into the patterns an attacker tries first — common passwords and words (ranked, with capitals and l33t
 * substitutions), the user's own names, repeated characters, sequences ({@code abcd}, {@code 4321}), keyboard runs
 * ({@code qwerty}, {@code 1qaz}), years — and brute force for the rest; the bits of each part add up. The score uses
 * zxcvbn's thresholds: 0 under 10³ guesses, 1 under 10⁶, 2 under 10⁸, 3 under 10¹⁰, 4 beyond.
 */
public final class PasswordStrength {

    /** A verdict: the estimated guesses (as bits, log2), the 0–4 score and, when weak, why. */
    public record Verdict(double bits, int score, String feedback) {
        public boolean atLeast(int minimum) {
            return score >= minimum;
        }
    }

    private static final String[] KEYBOARD_RUNS = {
        "qwertyuiop",
        "asdfghjkl",
        "zxcvbnm",
        "1234567890",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
        "qwertzuiop",
        "azertyuiop"
    };

    private static final Map<Character, Character> LEET =
            Map.of('4', 'a', '@', 'a', '3', 'e', '1', 'i', '!', 'i', '0', 'o', '5', 's', '$', 's', '7', 't', '+', 't');

    private static final Map<String, Integer> COMMON = load();

    private PasswordStrength() {}

    /** The verdict for {@code password}; {@code personal} words (username, name) count as the most common of all. */
    public static Verdict estimate(String password, Collection<String> personal) {
        Map<String, Integer> ranks = new HashMap<>(COMMON);
        for (String word : personal) {
            for (String part : word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 3) {
                    ranks.put(part, 1);
                }
            }
        }
        int n = password.length();
        double[] best = new double[n + 1];
        String[] why = new String[n + 1];
        for (int end = 1; end <= n; end++) {
            best[end] = Double.MAX_VALUE;
            why[end] = "";
        }
        why[0] = "";
        String lower = password.toLowerCase(Locale.ROOT);
        String plain = unleet(lower);
        for (int start = 0; start < n; start++) {
            // one extra bit per part: the attacker must also guess how the parts combine
            double before = best[start] + (start == 0 ? 0 : 1);
            relax(best, why, start + 1, before + bruteForceBits(password.charAt(start)), why[start]);
            for (int end = start + 3; end <= n; end++) {
                Match match = cheapest(password, lower, plain, start, end, ranks);
                if (match != null) {
                    relax(best, why, end, before + match.bits(), match.pattern());
                }
            }
        }
        double bits = n == 0 ? 0 : best[n];
        return new Verdict(bits, score(bits), n == 0 ? "Enter a password." : feedback(score(bits), why[n]));
    }

    private record Match(double bits, String pattern) {}

    private static void relax(double[] best, String[] why, int end, double bits, String pattern) {
        if (bits < best[end]) {
            best[end] = bits;
            why[end] = pattern;
        }
    }

    /** The cheapest known pattern covering {@code [start, end)}, or null when none does. */
    private static @Nullable Match cheapest(
            String password, String lower, String plain, int start, int end, Map<String, Integer> ranks) {
        List<Match> found = new ArrayList<>();
        String part = password.substring(start, end);
        int length = end - start;
        Integer asTyped = ranks.get(lower.substring(start, end));
        Integer rank = asTyped != null ? asTyped : ranks.get(plain.substring(start, end));
        if (rank != null) {
            boolean capitals = !part.equals(lower.substring(start, end));
            boolean leet = asTyped == null;
            found.add(new Match(log2(rank) + (capitals ? 1 : 0) + (leet ? 1 : 0), "a common password or word"));
        }
        if (part.chars().distinct().count() == 1) {
            found.add(new Match(bruteForceBits(part.charAt(0)) + log2(length), "repeated characters"));
        }
        if (isSequence(lower, start, end)) {
            found.add(new Match(log2(26) + log2(length) + 1, "a sequence such as abcd or 4321"));
        }
        String run = lower.substring(start, end);
        if (length >= 4) {
            for (String row : KEYBOARD_RUNS) {
                if (row.contains(run)
                        || new StringBuilder(row).reverse().toString().contains(run)) {
                    found.add(new Match(log2(KEYBOARD_RUNS.length * 2 * 10) + log2(length), "keys next to each other"));
                    break;
                }
            }
        }
        if (length == 4 && run.matches("(19|20)\\d\\d")) {
            found.add(new Match(log2(200), "a year"));
        }
        return found.stream().min((a, b) -> Double.compare(a.bits(), b.bits())).orElse(null);
    }

    private static boolean isSequence(String text, int start, int end) {
        int step = text.charAt(start + 1) - text.charAt(start);
        if (Math.abs(step) != 1 || !Character.isLetterOrDigit(text.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (text.charAt(i) - text.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    private static double bruteForceBits(char c) {
        if (c >= '0' && c <= '9') {
            return log2(10);
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return log2(26);
        }
        if (c < 128) {
            return log2(33);
        }
        return log2(100);
    }

    private static String unleet(String lower) {
        StringBuilder plain = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            plain.append(LEET.getOrDefault(c, c));
        }
        return plain.toString();
    }

    private static int score(double bits) {
        double guesses = Math.pow(2, bits);
        if (guesses < 1e3 + 5) {
            return 0;
        }
        if (guesses < 1e6 + 5) {
            return 1;
        }
        if (guesses < 1e8 + 5) {
            return 2;
        }
        return guesses < 1e10 + 5 ? 3 : 4;
    }

    private static String feedback(int score, String pattern) {
        if (score >= 3) {
            return score == 4 ? "Strong." : "Good enough; longer is stronger.";
        }
        String because = pattern.isEmpty() ? "it is short" : "it contains " + pattern;
        return "Too easy to guess (" + because + "). Add more words or characters that do not follow a pattern.";
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> ranks = new HashMap<>();
        InputStream in = PasswordStrength.class.getResourceAsStream("common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("common-passwords.txt is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int rank = 1;
            while ((line = reader.readLine()) != null) {
                String word = line.trim();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    ranks.putIfAbsent(word, rank++);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(ranks);
    }
}
