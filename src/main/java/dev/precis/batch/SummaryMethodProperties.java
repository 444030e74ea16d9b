package dev.precis.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code precis.summary.method}: which summarizer writes the summaries. */
@ConfigurationProperties("precis.summary")
public record SummaryMethodProperties(@DefaultValue("lead") String method) {
}
