package dev.precis.summarize;

import java.util.List;

/** Summarizes cleaned story paragraphs. Implementations are pure, deterministic and thread-safe. */
public interface Summarizer {

    Summary summarize(List<String> paragraphs, SummaryRequest request);
}
