-- Precis's own tables in H2, next to Spring Batch's in the same file (the PostgreSQL DDL is precis-schema-postgresql.sql).

-- The files of one job instance, recorded once by the manifest step; the chunk step reads them by SEQ,
-- so a restart sees exactly the list the first attempt saw.
CREATE TABLE IF NOT EXISTS PRECIS_MANIFEST (
    JOB_INSTANCE_ID BIGINT NOT NULL,
    SEQ INT NOT NULL,
    PATH VARCHAR(4096) NOT NULL,
    KIND VARCHAR(16) NOT NULL,
    SIZE BIGINT,
    MTIME BIGINT,
    SHA256 CHAR(64),
    NOTE VARCHAR(1000),
    PRIMARY KEY (JOB_INSTANCE_ID, SEQ)
);
-- Set by the manifest step for unchanged files, whose report rows it writes itself; never changed
-- afterwards, so the chunk step's reader (which skips these rows) sees the same list on a restart.
ALTER TABLE PRECIS_MANIFEST ADD COLUMN IF NOT EXISTS REPORTED BOOLEAN DEFAULT FALSE NOT NULL;

-- One report row per manifest entry (and per deleted file), written in the same transaction as the
-- chunk that produced it: committed rows are exactly the finished files.
CREATE TABLE IF NOT EXISTS PRECIS_RESULT (
    JOB_INSTANCE_ID BIGINT NOT NULL,
    SEQ INT NOT NULL,
    PATH VARCHAR(4096) NOT NULL,
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
    SUMMARY_PATH VARCHAR(4096),
    MILLIS BIGINT,
    PRIMARY KEY (JOB_INSTANCE_ID, SEQ)
);
-- Who wrote the article, when, and where (issue 25); added to a results table made before them.
ALTER TABLE PRECIS_RESULT ADD COLUMN IF NOT EXISTS AUTHOR VARCHAR(1000);
ALTER TABLE PRECIS_RESULT ADD COLUMN IF NOT EXISTS PUBLISHED VARCHAR(64);
ALTER TABLE PRECIS_RESULT ADD COLUMN IF NOT EXISTS SITE VARCHAR(1000);

-- What was last done to each input file, across nights: the incremental run skips a file whose
-- content and settings match its last successful summary. The key leads with PATH: the chunk step's
-- reader looks rows up by (PATH, INPUT_ROOT), and with INPUT_ROOT first PostgreSQL, whose statistics
-- lag a history that grows during the night, scanned all of a root's rows for every file
-- (bench/README-scaleout.md). A database made before keeps (INPUT_ROOT, PATH) in H2; PrecisSchema
-- rebuilds it in PostgreSQL.
CREATE TABLE IF NOT EXISTS PRECIS_HISTORY (
    INPUT_ROOT VARCHAR(4096) NOT NULL,
    PATH VARCHAR(4096) NOT NULL,
    SHA256 CHAR(64),
    SETTINGS VARCHAR(200) NOT NULL,
    STATUS VARCHAR(16) NOT NULL,
    SUMMARY_PATH VARCHAR(4096),
    JOB_INSTANCE_ID BIGINT NOT NULL,
    PRIMARY KEY (PATH, INPUT_ROOT)
);

-- No index on the manifest's paths: deleted files are found by matching the history against the
-- manifest in memory (ManifestTable.recordDeleted). Databases made before had one.
DROP INDEX IF EXISTS PRECIS_MANIFEST_PATH;

-- Lines that recur across the distinct files of a run (hashes), counted by the manifest step: the
-- cleaner treats them as site furniture. Stored so that a restart cleans exactly as the first attempt.
CREATE TABLE IF NOT EXISTS PRECIS_RUN_LINE (
    JOB_INSTANCE_ID BIGINT NOT NULL,
    HASH BIGINT NOT NULL,
    DOCUMENTS INT NOT NULL,
    PRIMARY KEY (JOB_INSTANCE_ID, HASH)
);

-- The counts of each run whose report step finished, written by that step: the run page's history
-- of the last 30 runs reads these instead of counting 30 runs' result rows again.
CREATE TABLE IF NOT EXISTS PRECIS_RUN (
    JOB_INSTANCE_ID BIGINT NOT NULL PRIMARY KEY,
    FILES BIGINT NOT NULL,
    SUMMARIZED BIGINT NOT NULL,
    SKIPPED BIGINT NOT NULL,
    UNCHANGED BIGINT NOT NULL,
    FAILED BIGINT NOT NULL,
    DELETED BIGINT NOT NULL
);
