package com.steward.app.monitoring;

import java.util.List;

/**
 * What a monitoring check found.
 *
 * @param charts vendor × metric series examined
 * @param newAlerts alerts raised by this check (signals already alerted are not raised again)
 * @param mail what happened to the e-mail
 */
public record CheckOutcome(int charts, List<Alert> newAlerts, String mail) {

    public CheckOutcome {
        newAlerts = List.copyOf(newAlerts);
    }
}
