package com.steward.app.ingest.web;

/**
 * A foreign ACD export of five calls and a mapping for it, counted by hand: c3 ended in the IVR (filtered), c5 has an
 * arrival that is not a time (rejected on line 6, arrived_at), c1, c2 and c4 are accepted; c4 was not answered, so
 * its answered_at is not reported.
 */
public final class MappingEditorFixtures {

    public static final String SAMPLE = """
            call,outcome,start,answer,stop,queue
            c1,AGENT,2026-01-05T08:00:00,2026-01-05T08:00:20,2026-01-05T08:05:00,billing
            c2,AGENT,2026-01-05T08:10:00,2026-01-05T08:10:05,2026-01-05T08:12:00,sales
            c3,IVR,2026-01-05T08:20:00,,2026-01-05T08:21:00,
            c4,HANG,2026-01-05T08:30:00,,2026-01-05T08:30:40,billing
            c5,AGENT,not a time,2026-01-05T08:40:10,2026-01-05T08:45:00,billing
            """;

    public static final String MAPPING = """
            # a partner's ACD export
            column.interaction_id=call
            constant.handled_by=inhouse
            constant.channel=voice
            column.arrived_at=start
            expr.answered_at=CASE WHEN "outcome" = 'AGENT' THEN CAST("answer" AS TIMESTAMP) END
            column.ended_at=stop
            column.queue=queue
            filter="outcome" <> 'IVR'
            """;

    /** The same, with hang-ups filtered too: c4 leaves the accepted rows for the filtered ones. */
    public static final String STRICTER_FILTER = "filter=\"outcome\" NOT IN ('IVR', 'HANG')";

    private MappingEditorFixtures() {}
}
