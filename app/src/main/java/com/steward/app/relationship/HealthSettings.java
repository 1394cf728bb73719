package com.steward.app.relationship;

import com.steward.core.relationship.HealthComponent;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The health index's weights and escalation scale, from {@code steward.relationship.*} (defaults: client survey 30,
 * vendor survey 15, promises 25, meetings 15, escalations 15; {@code escalation-scale} k = 3).
 */
@Component
public class HealthSettings {

    private final Map<HealthComponent, Double> weights = new EnumMap<>(HealthComponent.class);
    private final double escalationScale;

    HealthSettings(
            @Value("${steward.relationship.weights.client-survey:30}") double clientSurvey,
            @Value("${steward.relationship.weights.vendor-survey:15}") double vendorSurvey,
            @Value("${steward.relationship.weights.promises:25}") double promises,
            @Value("${steward.relationship.weights.meetings:15}") double meetings,
            @Value("${steward.relationship.weights.escalations:15}") double escalations,
            @Value("${steward.relationship.escalation-scale:3}") double escalationScale) {
        weights.put(HealthComponent.CLIENT_SURVEY, clientSurvey);
        weights.put(HealthComponent.VENDOR_SURVEY, vendorSurvey);
        weights.put(HealthComponent.PROMISES, promises);
        weights.put(HealthComponent.MEETINGS, meetings);
        weights.put(HealthComponent.ESCALATIONS, escalations);
        for (var e : weights.entrySet()) {
            if (!(e.getValue() >= 0)) {
                throw new IllegalStateException("steward.relationship weight of " + e.getKey() + " must be >= 0");
            }
        }
        if (!(escalationScale > 0)) {
            throw new IllegalStateException("steward.relationship.escalation-scale must be positive");
        }
        this.escalationScale = escalationScale;
    }

    /** The configured (not renormalised) weight of each component. */
    public Map<HealthComponent, Double> weights() {
        return Map.copyOf(weights);
    }

    /** k of {@code 100 · exp(−escalations / k)}. */
    public double escalationScale() {
        return escalationScale;
    }
}
