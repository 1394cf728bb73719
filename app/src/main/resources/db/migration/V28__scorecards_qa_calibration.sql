-- Issue 19: whether a vendor's scorecards show its vendor-reported QA calibrated by the offset of its latest closed
-- calibration session. Off when there is no row. Every switch is audited (audit_log, scorecard_qa_calibration).
CREATE TABLE scorecard_qa_calibration (
    vendor_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES vendors (id),
    applied    BOOLEAN      NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
