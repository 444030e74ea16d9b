package dev.precis.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** A worker configured with other summary settings than its manager's refuses the partition. */
class SharedSettingsTests {

    private final JobRepository repository = mock(JobRepository.class);
    private final JobExecution job = new JobExecution(1L, new JobInstance(1L, "precis"), new JobParameters());

    @Test
    void theManagerRecordsItsSettingsAndAWorkerWithTheSameOnesRuns() {
        new SharedSettings("v3;words=200", repository).beforeStep(new StepExecution(1L, "summarize", job));
        assertThat(job.getExecutionContext().getString(SharedSettings.KEY)).isEqualTo("v3;words=200");
        verify(repository).updateExecutionContext(job);

        new SharedSettings("v3;words=200", repository).beforeStep(new StepExecution(2L, "summarizeSlice:range0", job));
    }

    @Test
    void aWorkerWithOtherSettingsFailsThePartitionSayingWhich() {
        new SharedSettings("v3;words=200", repository).beforeStep(new StepExecution(1L, "summarize", job));
        assertThatThrownBy(() -> new SharedSettings("v3;words=75", repository).beforeStep(new StepExecution(2L, "summarizeSlice:range0", job)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("manager: v3;words=200").hasMessageContaining("worker: v3;words=75");
    }
}
