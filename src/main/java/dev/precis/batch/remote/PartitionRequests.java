package dev.precis.batch.remote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition request as it travels through the broker: a text message such as
 * {@code {"step":"summarizeSlice","stepExecutionId":42}}, readable by an operator browsing the queue
 * and free of Java serialization (no class allow-list to keep in step with the broker's).
 */
public final class PartitionRequests {

    private static final Pattern FORMAT = Pattern.compile("\\{\"step\":\"([A-Za-z0-9_.-]+)\",\"stepExecutionId\":(\\d+)}");

    private PartitionRequests() {
    }

    public static String encode(StepExecutionRequest request) {
        return "{\"step\":\"" + request.getStepName() + "\",\"stepExecutionId\":" + request.getStepExecutionId() + "}";
    }

    public static StepExecutionRequest decode(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Precis partition request: " + text);
        }
        return new StepExecutionRequest(m.group(1), Long.parseLong(m.group(2)));
    }
}
