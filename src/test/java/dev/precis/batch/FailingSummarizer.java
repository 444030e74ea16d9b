package dev.precis.batch;

import java.util.regex.Pattern;

import dev.precis.summarize.Summarizer;
import dev.precis.summarize.SummarizerMethod;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The configured summarizer, except for articles whose text holds {@code test.error-marker}: there it
 * throws a real {@link StackOverflowError} (a backtracking regex over a long line, the way a
 * pathological input line does it) or, with {@code test.error=oom}, an {@link OutOfMemoryError}, or with
 * {@code test.error=linkage} a {@link NoClassDefFoundError} (a broken installation).
 */
@TestConfiguration
public class FailingSummarizer {

    private static final Pattern BACKTRACKING = Pattern.compile("(a|b)*");

    @Bean
    @Primary
    public Summarizer failOnMarker(SummaryMethodProperties method, @Value("${test.error-marker}") String marker,
            @Value("${test.error:stack}") String error) {
        Summarizer real = SummarizerMethod.parse(method.method()).create();
        return (paragraphs, request) -> {
            if (paragraphs.stream().anyMatch(p -> p.contains(marker))) {
                if (error.equals("oom")) {
                    throw new OutOfMemoryError("Java heap space (injected by the test)");
                }
                if (error.equals("linkage")) {
                    throw new NoClassDefFoundError("dev/precis/Missing (injected by the test)");
                }
                BACKTRACKING.matcher("ab".repeat(500_000)).matches(); // recursion per repetition: overflows
                throw new AssertionError("the regex did not overflow the stack");
            }
            return real.summarize(paragraphs, request);
        };
    }
}
