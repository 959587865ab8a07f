-- Released results: one protected publish set per snapshot, computed once from one reading of the running counts.
-- Every output on every replica renders the newest snapshot of its consultation; published figures change only when
-- a new one is released (at least min_cell new responses, and not more often than the consultation's interval).
-- body holds the published cells (null when suppressed), the hidden counts kept as the next snapshot's floor, and
-- the audit's figures. No row holds anything about a single response.
CREATE TABLE result_snapshot (
    consultation_id VARCHAR(64)  NOT NULL,
    seq             INTEGER      NOT NULL,
    released_at     BIGINT       NOT NULL,
    responses       BIGINT       NOT NULL,
    at_close        BOOLEAN      NOT NULL,
    body            TEXT         NOT NULL,
    PRIMARY KEY (consultation_id, seq)
);
