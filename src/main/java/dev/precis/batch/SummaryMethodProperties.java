package dev.precis.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code precis.summary.method}: which summarizer writes the summaries ({@code coverage}, or the {@code lead} baseline). */
@ConfigurationProperties("precis.summary")
public record SummaryMethodProperties(@DefaultValue("coverage") String method) {
}
