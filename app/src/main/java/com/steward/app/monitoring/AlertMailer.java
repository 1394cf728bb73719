package com.steward.app.monitoring;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends new alerts by e-mail through Spring's {@link JavaMailSender} (settings {@code spring.mail.*}). Without an SMTP
 * host no sender exists: nothing is sent, and the outcome says so.
 */
@Component
class AlertMailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final List<String> recipients;
    private final String from;

    AlertMailer(
            ObjectProvider<JavaMailSender> sender,
            @Value("${steward.monitoring.mail.to:}") List<String> recipients,
            @Value("${steward.monitoring.mail.from:steward@localhost}") String from) {
        this.sender = sender;
        this.recipients =
                recipients.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.from = from;
    }

    /** Sends one plain message (operational alerts, e.g. a drop folder); returns what happened, for people. */
    String sendText(String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return "not sent: no SMTP host is set (spring.mail.host)";
        }
        if (recipients.isEmpty()) {
            return "not sent: no recipients are set (steward.monitoring.mail.to)";
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipients.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(text);
        try {
            mail.send(message);
            return "sent to " + String.join(", ", recipients);
        } catch (MailException e) {
            return "not sent: " + e.getMessage();
        }
    }

    /** Sends one message listing the alerts; returns what happened, for people. */
    String send(List<Alert> alerts) {
        if (alerts.isEmpty()) {
            return "no new alerts: nothing to send";
        }
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return "not sent: no SMTP host is set (spring.mail.host)";
        }
        if (recipients.isEmpty()) {
            return "not sent: no recipients are set (steward.monitoring.mail.to)";
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipients.toArray(String[]::new));
        message.setSubject("Steward: " + alerts.size() + " SPC alert" + (alerts.size() == 1 ? "" : "s"));
        StringBuilder body = new StringBuilder("Statistically real shifts (EWMA signal):\n\n");
        for (Alert a : alerts) {
            body.append(String.format(
                    Locale.ROOT,
                    "- %s %s week of %s: %s, observed %.4f, EWMA %.4f outside [%.4f, %.4f] (n = %d)%n",
                    a.vendorCode(),
                    a.metricId(),
                    a.week(),
                    a.direction().equals("LOW") ? "fell" : "rose",
                    a.observed(),
                    a.statistic(),
                    a.lcl(),
                    a.ucl(),
                    a.sampleSize()));
        }
        message.setText(body.toString());
        try {
            mail.send(message);
            return "sent to " + String.join(", ", recipients);
        } catch (MailException e) {
            return "not sent: " + e.getMessage();
        }
    }
}
