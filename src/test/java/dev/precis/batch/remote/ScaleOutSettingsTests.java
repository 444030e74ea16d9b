package dev.precis.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/** The wire format of a partition request and the manager's partition count. */
class ScaleOutSettingsTests {

    @Test
    void aRequestTravelsAsReadableTextAndComesBackTheSame() {
        String text = PartitionRequests.encode(new StepExecutionRequest("summarizeSlice", 42));
        assertThat(text).isEqualTo("{\"step\":\"summarizeSlice\",\"stepExecutionId\":42}");
        StepExecutionRequest back = PartitionRequests.decode(text);
        assertThat(back.getStepName()).isEqualTo("summarizeSlice");
        assertThat(back.getStepExecutionId()).isEqualTo(42L);
        assertThatThrownBy(() -> PartitionRequests.decode("{\"step\":\"x\"}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNightIsSplitIntoOnePartitionPerPartitionFilesPositions() {
        assertThat(ManifestSplitter.partitions(0, 1000)).isEqualTo(1);
        assertThat(ManifestSplitter.partitions(1, 1000)).isEqualTo(1);
        assertThat(ManifestSplitter.partitions(1000, 1000)).isEqualTo(1);
        assertThat(ManifestSplitter.partitions(1001, 1000)).isEqualTo(2);
        assertThat(ManifestSplitter.partitions(100_000, 1000)).isEqualTo(100);
        assertThat(ManifestSplitter.partitions(Integer.MAX_VALUE, 1)).isEqualTo(Integer.MAX_VALUE);
    }
}
