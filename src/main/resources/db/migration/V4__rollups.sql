-- Counts kept as responses arrive, so that results and participation stay fast as a consultation grows and stay
-- after raw responses are deleted at the end of their retention period.

-- Responses per day, language, campaign ('-' for none), channel and ITU region ('unknown' without a country).
CREATE TABLE result_day (
    consultation_id VARCHAR(64)  NOT NULL,
    day_of          DATE         NOT NULL,
    lang            VARCHAR(2)   NOT NULL,
    campaign        VARCHAR(32)  NOT NULL,
    channel         VARCHAR(8)   NOT NULL,
    region          VARCHAR(16)  NOT NULL,
    n               BIGINT       NOT NULL,
    PRIMARY KEY (consultation_id, day_of, lang, campaign, channel, region)
);

-- Counts per question and option code, overall (dim 'all') and within each breakdown group: question_id '' counts
-- responses, option_code '' counts those who answered the question.
CREATE TABLE result_cell (
    consultation_id VARCHAR(64)  NOT NULL,
    question_id     VARCHAR(64)  NOT NULL,
    option_code     VARCHAR(64)  NOT NULL,
    dim             VARCHAR(16)  NOT NULL,
    dim_key         VARCHAR(64)  NOT NULL,
    n               BIGINT       NOT NULL,
    PRIMARY KEY (consultation_id, question_id, option_code, dim, dim_key)
);
