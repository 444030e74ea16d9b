package dev.precis.batch.output;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Options under {@code precis.output.*}; kept apart from {@code PrecisProperties} because
 * {@code precis.output} itself is the output folder.
 *
 * @param cleaned also write each article's cleaned text to {@code output/cleaned/} (audit trail)
 * @param fsync   force each summary to disk before it is committed (survives power loss, slower)
 * @param pruneDeleted remove the summary (and cleaned text) of an input file that was deleted; by
 *                default it is left in place and the report says so
 */
@ConfigurationProperties("precis.output")
public record OutputOptions(@DefaultValue("false") boolean cleaned, @DefaultValue("false") boolean fsync,
        @DefaultValue("false") boolean pruneDeleted) {
}
