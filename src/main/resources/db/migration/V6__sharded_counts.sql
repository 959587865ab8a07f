-- Running counts split over a few shards: every response adds to the same overall rows, so concurrent responses
-- would otherwise wait for each other's lock on them. A transaction picks one shard for all its rows; readers sum the
-- shards. Existing counts move to shard 0. Portable SQL: a new table, the counts copied, the old one replaced.

CREATE TABLE result_day_sharded (
    consultation_id VARCHAR(64)  NOT NULL,
    day_of          DATE         NOT NULL,
    lang            VARCHAR(2)   NOT NULL,
    campaign        VARCHAR(32)  NOT NULL,
    channel         VARCHAR(8)   NOT NULL,
    region          VARCHAR(16)  NOT NULL,
    shard           SMALLINT     DEFAULT 0 NOT NULL,
    n               BIGINT       NOT NULL,
    PRIMARY KEY (consultation_id, day_of, lang, campaign, channel, region, shard)
);
INSERT INTO result_day_sharded (consultation_id, day_of, lang, campaign, channel, region, shard, n)
    SELECT consultation_id, day_of, lang, campaign, channel, region, 0, n FROM result_day;
DROP TABLE result_day;
ALTER TABLE result_day_sharded RENAME TO result_day;

CREATE TABLE result_cell_sharded (
    consultation_id VARCHAR(64)  NOT NULL,
    question_id     VARCHAR(64)  NOT NULL,
    option_code     VARCHAR(64)  NOT NULL,
    dim             VARCHAR(16)  NOT NULL,
    dim_key         VARCHAR(64)  NOT NULL,
    shard           SMALLINT     DEFAULT 0 NOT NULL,
    n               BIGINT       NOT NULL,
    PRIMARY KEY (consultation_id, question_id, option_code, dim, dim_key, shard)
);
INSERT INTO result_cell_sharded (consultation_id, question_id, option_code, dim, dim_key, shard, n)
    SELECT consultation_id, question_id, option_code, dim, dim_key, 0, n FROM result_cell;
DROP TABLE result_cell;
ALTER TABLE result_cell_sharded RENAME TO result_cell;
