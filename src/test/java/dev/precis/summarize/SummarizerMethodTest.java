package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SummarizerMethodTest {

    @Test
    void parsesPropertyValues() {
        assertEquals(SummarizerMethod.LEAD, SummarizerMethod.parse("lead"));
        assertEquals(SummarizerMethod.COVERAGE, SummarizerMethod.parse(" Coverage "));
        assertEquals(SummarizerMethod.COVERAGE, SummarizerMethod.parse(""));
        assertEquals(SummarizerMethod.COVERAGE, SummarizerMethod.parse(null));
        assertThrows(IllegalArgumentException.class, () -> SummarizerMethod.parse("textrank"));
    }

    @Test
    void createsTheNamedSummarizer() {
        assertInstanceOf(LeadSummarizer.class, SummarizerMethod.LEAD.create());
        assertInstanceOf(CoverageSummarizer.class, SummarizerMethod.COVERAGE.create());
    }
}
