package com.steward.app.duediligence;

import java.util.List;

/**
 * Mean rubric scores (1–5) of a vendor's agent interviews on one channel, or on all ({@code channel} null).
 */
public record InterviewAverages(
        InterviewChannel channel,
        int interviews,
        double courtesy,
        double productUnderstanding,
        double language,
        double problemSolving,
        double empathy,
        double overall) {

    static InterviewAverages of(InterviewChannel channel, List<AgentInterview> interviews) {
        int n = interviews.size();
        if (n == 0) {
            return new InterviewAverages(channel, 0, 0, 0, 0, 0, 0, 0);
        }
        double c = 0, p = 0, l = 0, s = 0, e = 0;
        for (AgentInterview i : interviews) {
            c += i.courtesy();
            p += i.productUnderstanding();
            l += i.language();
            s += i.problemSolving();
            e += i.empathy();
        }
        return new InterviewAverages(channel, n, c / n, p / n, l / n, s / n, e / n, (c + p + l + s + e) / (5.0 * n));
    }
}
