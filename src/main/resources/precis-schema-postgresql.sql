-- Precis's own tables in PostgreSQL, next to Spring Batch's (schema-postgresql.sql), for a job
-- database shared by a manager and its workers (precis.role). The same tables as precis-schema-h2.sql,
-- whose comments say what each holds. Paths sort by code point (COLLATE "C"), as Java compares them.
-- Run by PrecisSchema in one transaction under an advisory lock, so processes starting together do
-- not race to create the same table.

CREATE TABLE IF NOT EXISTS PRECIS_MANIFEST (
    JOB_INSTANCE_ID BIGINT NOT NULL,
    SEQ INT NOT NULL,
    PATH VARCHAR(4096) COLLATE "C" NOT NULL,
    KIND VARCHAR(16) NOT NULL,
    SIZE BIGINT,
    MTIME BIGINT,
    SHA256 CHAR(64),
    NOTE VARCHAR(1000),
    REPORTED BOOLEAN DEFAULT FALSE NOT NULL,
    PRIMARY KEY (JOB_INSTANCE_ID, SEQ)
);

CREATE TABLE IF NOT EXISTS PRECIS_RESULT (
    JOB_INSTANCE_ID BIGINT NOT NULL,
    SEQ INT NOT NULL,
    PATH VARCHAR(4096) COLLATE "C" NOT NULL,
    STATUS VARCHAR(16) NOT NULL,
    REASON VARCHAR(2000),
    CHARSET VARCHAR(32),
    LANGUAGE VARCHAR(8),
    BYTES BIGINT,
    WORDS_IN INT,
    WORDS_CLEANED INT,
    LINES_IN INT,
    LINES_DROPPED INT,
    WORDS_SUMMARY INT,
    REQUESTED_WORDS INT,
    REQUESTED_PARAGRAPHS INT,
    PARAGRAPHS INT,
    LENGTH_LIMIT VARCHAR(32),
    TITLE VARCHAR(1000),
    SHA256 CHAR(64),
    SUMMARY_PATH VARCHAR(4096) COLLATE "C",
    MILLIS BIGINT,
    PRIMARY KEY (JOB_INSTANCE_ID, SEQ)
);

CREATE TABLE IF NOT EXISTS PRECIS_HISTORY (
    INPUT_ROOT VARCHAR(4096) COLLATE "C" NOT NULL,
    PATH VARCHAR(4096) COLLATE "C" NOT NULL,
    SHA256 CHAR(64),
    SETTINGS VARCHAR(200) NOT NULL,
    STATUS VARCHAR(16) NOT NULL,
    SUMMARY_PATH VARCHAR(4096) COLLATE "C",
    JOB_INSTANCE_ID BIGINT NOT NULL,
    PRIMARY KEY (PATH, INPUT_ROOT)
);

DROP INDEX IF EXISTS PRECIS_MANIFEST_PATH;

CREATE TABLE IF NOT EXISTS PRECIS_RUN_LINE (
    JOB_INSTANCE_ID BIGINT NOT NULL,
    HASH BIGINT NOT NULL,
    DOCUMENTS INT NOT NULL,
    PRIMARY KEY (JOB_INSTANCE_ID, HASH)
);

CREATE TABLE IF NOT EXISTS PRECIS_RUN (
    JOB_INSTANCE_ID BIGINT NOT NULL PRIMARY KEY,
    FILES BIGINT NOT NULL,
    SUMMARIZED BIGINT NOT NULL,
    SKIPPED BIGINT NOT NULL,
    UNCHANGED BIGINT NOT NULL,
    FAILED BIGINT NOT NULL,
    DELETED BIGINT NOT NULL
);

-- Scale-out only: which worker runs a partition (a step execution of the summarize step), claimed
-- when the worker takes the partition's request from the broker, deleted when the partition ends.
-- The worker adds to BEATS every few seconds; the manager fails a running partition whose BEATS and
-- step execution both stay unchanged for precis.scale-out.worker-timeout (the worker died).
CREATE TABLE IF NOT EXISTS PRECIS_PARTITION_LEASE (
    STEP_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
    WORKER VARCHAR(200) NOT NULL,
    BEATS BIGINT NOT NULL
);
