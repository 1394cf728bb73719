package com.steward.app.users;

import com.steward.app.security.PasswordStrength;
import com.steward.app.web.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a password must be: a chosen one 12 to 128 characters, at least 4 different, and at least
 * {@code steward.security.min-password-score} (default 3 of 0–4) by {@link PasswordStrength}, which also counts the
 * user's own names as guessable; a one-time one expires after {@code steward.security.one-time-password-validity}
 * (default 24 h).
 */
@Component
public class PasswordPolicy {

    private final Duration oneTimeValidity;
    private final int minimumScore;

    PasswordPolicy(
            @Value("${steward.security.one-time-password-validity:24h}") Duration oneTimeValidity,
            @Value("${steward.security.min-password-score:3}") int minimumScore) {
        this.oneTimeValidity = oneTimeValidity;
        this.minimumScore = minimumScore;
    }

    /** When a one-time password issued at {@code now} stops working. */
    Instant oneTimeExpiry(Instant now) {
        return now.plus(oneTimeValidity);
    }

    /** The strength verdict for {@code password} chosen by {@code who} (null: nobody in particular). */
    public PasswordStrength.Verdict verdict(String password, @Nullable UserAccount who) {
        List<String> personal = new ArrayList<>();
        if (who != null) {
            personal.add(who.username());
            personal.add(who.displayName());
            if (who.email() != null) {
                personal.add(who.email());
            }
        }
        return PasswordStrength.estimate(password, personal);
    }

    /** Whether a verdict is strong enough to accept. */
    public boolean acceptable(PasswordStrength.Verdict verdict) {
        return verdict.atLeast(minimumScore);
    }

    /** {@code password} when it may be chosen by {@code who}; otherwise a clear refusal naming the field. */
    String checkChosen(@Nullable String password, UserAccount who) {
        String checked = Passwords.checkChosen(password);
        PasswordStrength.Verdict verdict = verdict(checked, who);
        if (!acceptable(verdict)) {
            throw new InvalidRequestException("newPassword", verdict.feedback());
        }
        return checked;
    }
}
