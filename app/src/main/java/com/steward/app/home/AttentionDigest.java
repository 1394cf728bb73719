package com.steward.app.home;

import com.steward.app.security.Actors;
import com.steward.app.security.StewardUser;
import com.steward.app.users.UserDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opt-in weekly e-mail of what needs attention: to each active user who asked for it (and has an e-mail
 * address), the same list the home page shows them, computed as that user (so a VENDOR user's digest holds its own
 * vendor's items only). Sent through Spring's {@link JavaMailSender} like monitoring's alerts; without an SMTP host
 * nothing is sent.
 */
@Service
public class AttentionDigest {

    private static final Logger log = LoggerFactory.getLogger(AttentionDigest.class);

    private final Attention attention;
    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    AttentionDigest(
            Attention attention,
            UserDirectory users,
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> sender,
            Clock clock,
            @Value("${steward.monitoring.mail.from:steward@localhost}") String from,
            @Value("${steward.attention.digest.base-url:http://localhost:8080}") String baseUrl) {
        this.attention = attention;
        this.users = users;
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean subscribed(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM attention_digest_subscribers WHERE user_id = :id")
                        .param("id", userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Opts the user in or out (idempotent). */
    @Transactional
    public void subscribe(long userId, boolean weekly) {
        jdbc.sql("DELETE FROM attention_digest_subscribers WHERE user_id = :id")
                .param("id", userId)
                .update();
        if (weekly) {
            jdbc.sql("INSERT INTO attention_digest_subscribers (user_id, subscribed_at) VALUES (:id, :at)")
                    .param("id", userId)
                    .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
        }
    }

    /** On the configured cron (default Mondays 07:30; "-" turns it off). */
    @Scheduled(cron = "${steward.attention.digest.cron:0 30 7 * * MON}")
    void weekly() {
        log.info("Attention digest: {}", sendAll());
    }

    /** Sends every subscriber its digest; returns what happened, for people. */
    public String sendAll() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return "not sent: no SMTP host is set (spring.mail.host)";
        }
        List<Subscriber> subscribers = jdbc.sql("""
                        SELECT u.username, u.email FROM attention_digest_subscribers s
                        JOIN users u ON u.id = s.user_id
                        WHERE u.active AND u.email IS NOT NULL AND u.email <> ''
                        ORDER BY u.username
                        """).query(Subscriber.class).list();
        int sent = 0;
        for (Subscriber s : subscribers) {
            StewardUser user = (StewardUser) users.loadUserByUsername(s.username());
            List<AttentionItem> items = Actors.as(user, () -> attention.today(user));
            try {
                mail.send(message(s.email(), user, items));
                sent++;
            } catch (MailException e) {
                log.warn("Attention digest to {} not sent", s.username(), e);
            }
        }
        return "sent " + sent + " of " + subscribers.size();
    }

    record Subscriber(String username, String email) {}

    SimpleMailMessage message(String to, StewardUser user, List<AttentionItem> items) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        LocalDate today = LocalDate.now(clock);
        long overdue = items.stream().filter(AttentionItem::overdue).count();
        message.setSubject("Steward: " + items.size() + " item" + (items.size() == 1 ? "" : "s")
                + " need your attention (" + overdue + " overdue), week of " + today);
        StringBuilder body = new StringBuilder("Hello " + user.displayName() + ",\n\n");
        if (items.isEmpty()) {
            body.append("Nothing needs your attention this week.\n");
        } else {
            body.append("What needs your attention, overdue first:\n\n");
        }
        for (AttentionItem i : items) {
            body.append(String.format(
                    Locale.ROOT,
                    "- [%s]%s %s%s%s%n  %s%s%n",
                    i.kind().label(),
                    i.overdue() ? " OVERDUE" : "",
                    i.vendorName() == null ? "" : i.vendorName() + " — ",
                    i.title(),
                    i.due() == null ? "" : ", due " + i.due(),
                    baseUrl,
                    i.link()));
        }
        body.append("\nYou get this because you asked for it on Steward's home page; untick it there to stop.\n");
        message.setText(body.toString());
        return message;
    }
}
