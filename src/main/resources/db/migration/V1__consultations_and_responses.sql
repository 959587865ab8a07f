-- Portable SQL: runs unchanged on H2 and PostgreSQL.

CREATE TABLE consultation_version (
    consultation_id VARCHAR(64)  NOT NULL,
    version         INTEGER      NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    loaded_at       TIMESTAMP    NOT NULL,
    PRIMARY KEY (consultation_id, version)
);

-- One anonymous response: no address, no user agent, no cookie, no time finer than the hour.
CREATE TABLE response (
    id              UUID         NOT NULL PRIMARY KEY,
    consultation_id VARCHAR(64)  NOT NULL,
    version         INTEGER      NOT NULL,
    lang            VARCHAR(2)   NOT NULL,
    campaign        VARCHAR(32),
    submitted_hour  TIMESTAMP    NOT NULL,
    FOREIGN KEY (consultation_id, version) REFERENCES consultation_version (consultation_id, version)
);

CREATE INDEX response_by_consultation ON response (consultation_id, version);

-- One row per chosen code (a multiple choice gives several) or per scrubbed free text.
CREATE TABLE response_answer (
    response_id     UUID          NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    question_id     VARCHAR(64)   NOT NULL,
    option_code     VARCHAR(64),
    text_value      VARCHAR(4000)
);

CREATE INDEX response_answer_by_response ON response_answer (response_id);
