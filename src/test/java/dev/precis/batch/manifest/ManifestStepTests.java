package dev.precis.batch.manifest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.precis.batch.RunParameters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The manifest step on its own, through Spring Batch's test support. */
@SpringBootTest(properties = "precis.cli.enabled=false")
@SpringBatchTest
class ManifestStepTests {

    @TempDir
    static Path tmp;

    @DynamicPropertySource
    static void jobDatabase(DynamicPropertyRegistry registry) {
        registry.add("precis.job-db", () -> tmp.resolve("jobs/precis").toString());
    }

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsEveryInputPathSortedWithSizeAndHash() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.createDirectories(in.resolve("b/nested"));
        Files.writeString(in.resolve("b/nested/z.txt"), "zeta");
        Files.writeString(in.resolve("a.txt"), "alpha");
        Files.writeString(in.resolve(".hidden"), "ignored");
        Files.createDirectories(in.resolve(".git"));
        Files.writeString(in.resolve(".git/config"), "ignored too");
        Files.createSymbolicLink(in.resolve("c-link.txt"), in.resolve("a.txt"));

        RunParameters run = new RunParameters("2026-02-01", in, tmp.resolve("out"), 1);
        JobExecution execution = jobs.startStep("manifest", run.toJobParameters(), new ExecutionContext());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT SEQ, PATH, KIND, SIZE, SHA256 FROM PRECIS_MANIFEST WHERE JOB_INSTANCE_ID = ? ORDER BY SEQ",
                execution.getJobInstance().getInstanceId());
        assertThat(rows).extracting(r -> r.get("PATH")).containsExactly("a.txt", "b/nested/z.txt", "c-link.txt");
        assertThat(rows).extracting(r -> r.get("SEQ")).containsExactly(1, 2, 3);
        assertThat(rows).extracting(r -> r.get("KIND")).containsExactly("FILE", "FILE", "SYMLINK");
        assertThat(rows.get(0).get("SIZE")).isEqualTo(5L);
        assertThat(rows.get(0).get("SHA256")).isEqualTo(sha256("alpha"));
        assertThat(rows.get(2).get("SHA256")).isNull();
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
