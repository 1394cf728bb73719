package com.steward.app.lake;

import com.steward.analytics.lake.LakeDataset;

/** The lake tables an import of records writes (the survey and QA feeds go through their own importer). */
public enum LakeTable {
    INTERACTIONS(LakeDataset.INTERACTIONS),
    CUSTOMER_EVENTS(LakeDataset.CUSTOMER_EVENTS);

    private final LakeDataset dataset;

    LakeTable(LakeDataset dataset) {
        this.dataset = dataset;
    }

    LakeDataset dataset() {
        return dataset;
    }
}
