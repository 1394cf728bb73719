package com.steward.app.home;

import com.steward.app.security.Role;
import java.util.Arrays;
import java.util.List;

/**
 * The five steps of the outsourcing lifecycle, as the navigation shows them, with the roles
 * that may open each. Business cases and vendor evaluations are the client's internal work, so
 * VENDOR users see only Contract, Transition and Govern.
 */
public enum LifecycleSection {
    DECIDE("decide", "Decide", "Is outsourcing worth it? Staffing models, business cases and savings risk.", false),
    SELECT("select", "Select", "Which partner? Vendor register, due diligence and weighted selection.", false),
    CONTRACT(
            "contract",
            "Contract",
            "What good means: quality-first scorecards, service credits, dedicated teams.",
            true),
    TRANSITION(
            "transition",
            "Transition",
            "Phased roll-out with statistically sound gates against the in-house baseline.",
            true),
    GOVERN("govern", "Govern", "Scorecards from real data, reviews, promises, relationship health.", true);

    private final String path;
    private final String title;
    private final String summary;
    private final boolean vendorVisible;

    LifecycleSection(String path, String title, String summary, boolean vendorVisible) {
        this.path = path;
        this.title = title;
        this.summary = summary;
        this.vendorVisible = vendorVisible;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public boolean visibleTo(Role role) {
        return role != Role.VENDOR || vendorVisible;
    }

    public static List<LifecycleSection> openTo(Role role) {
        return Arrays.stream(values())
                .filter(section -> section.visibleTo(role))
                .toList();
    }
}
