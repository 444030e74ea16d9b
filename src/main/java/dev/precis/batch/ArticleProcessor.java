package dev.precis.batch;

import java.nio.file.Path;
import java.util.Locale;

import dev.precis.article.Article;
import dev.precis.article.ArticleException;
import dev.precis.article.ArticleReader;
import dev.precis.article.Instruction;
import dev.precis.batch.manifest.ManifestEntry;
import dev.precis.batch.manifest.ReadAhead;
import dev.precis.batch.output.SummaryFiles;
import dev.precis.batch.store.FileOutcome;
import dev.precis.clean.ArticleCleaner;
import dev.precis.clean.CleanedText;
import dev.precis.clean.RunLines;
import dev.precis.report.ReportRow;
import dev.precis.report.Status;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * File → Article → cleaned text → summary, for one manifest entry. Every input-side problem
 * becomes an outcome with a reason (the job goes on), an {@link Error} such as a stack overflow
 * included; only output-side failures, in the writer, and a JVM in trouble ({@link OutOfMemoryError})
 * stop the job.
 */
public class ArticleProcessor implements ItemProcessor<ManifestEntry, FileOutcome> {

    private static final Logger log = LoggerFactory.getLogger(ArticleProcessor.class);

    private final Path inputRoot;
    private final ArticleReader reader;
    private final ArticleCleaner cleaner;
    private final Summarizer summarizer;
    private final SummaryFiles files;
    private final PrecisProperties settings;
    private final String settingsKey;
    private final boolean keepCleaned;
    private final RunLines runLines;
    private final ReadAhead readAhead;

    /** {@code readAhead}: the bytes the manifest step kept, used instead of reading a file again. */
    public ArticleProcessor(Path inputRoot, ArticleReader reader, ArticleCleaner cleaner, Summarizer summarizer,
            SummaryFiles files, PrecisProperties settings, String settingsKey, boolean keepCleaned, RunLines runLines,
            ReadAhead readAhead) {
        this.readAhead = readAhead;
        this.inputRoot = inputRoot;
        this.reader = reader;
        this.cleaner = cleaner;
        this.summarizer = summarizer;
        this.files = files;
        this.settings = settings;
        this.settingsKey = settingsKey;
        this.keepCleaned = keepCleaned;
        this.runLines = runLines;
    }

    @Override
    public FileOutcome process(ManifestEntry entry) {
        long start = System.nanoTime();
        return withoutStaleSummary(entry, switch (entry.kind()) {
            case SYMLINK -> skip(entry, Status.SKIPPED, "symbolic link: not followed", start);
            case SPECIAL -> skip(entry, Status.SKIPPED, "not a regular file (FIFO, socket or device): not opened", start);
            case UNREADABLE -> skip(entry, Status.FAILED, "unreadable: " + entry.note(), start);
            case COLLISION -> skip(entry, Status.FAILED, entry.note(), start);
            case FILE -> file(entry, start);
        });
    }

    /**
     * A file summarized on an earlier night that now fails or is skipped: its summary no longer
     * matches it, so the writer removes it, and the row says so. Decided from the history alone (not
     * from what is on disk), so a chunk redone after a crash reports exactly the same.
     */
    private static FileOutcome withoutStaleSummary(ManifestEntry entry, FileOutcome outcome) {
        ManifestEntry.Previous prev = entry.previous();
        ReportRow row = outcome.row();
        if (!outcome.updatesHistory() || row.summaryPath() != null || prev == null || !"SUMMARIZED".equals(prev.status())
                || prev.summaryPath() == null) {
            return outcome;
        }
        String reason = (row.reason() == null || row.reason().isEmpty() ? "" : row.reason() + "; ") + STALE_REMOVED;
        return new FileOutcome(outcome.seq(), row.withReason(reason), outcome.summary(), outcome.cleaned(), true, prev.summaryPath());
    }

    /** Appended to the reason of a file whose earlier summary was removed. */
    static final String STALE_REMOVED = "its summary from an earlier run was removed";

    private FileOutcome file(ManifestEntry entry, long start) {
        ManifestEntry.Previous prev = entry.previous();
        if (prev != null && "SUMMARIZED".equals(prev.status()) && entry.sha256() != null
                && entry.sha256().equals(prev.sha256()) && settingsKey.equals(prev.settings())
                && files.exists(prev.summaryPath())) {
            ReportRow row = ReportRow.unchanged(entry.path(), entry.size(), entry.sha256(), prev.summaryPath(), millis(start));
            return new FileOutcome(entry.seq(), row, null, null, false);
        }
        try {
            Article article = reader.read(inputRoot.resolve(entry.path()), readAhead.take(entry.path()));
            return summarize(entry, article, start);
        } catch (ArticleException e) {
            return skip(entry, e.isSkipped() ? Status.SKIPPED : Status.FAILED, e.getMessage(), start);
        } catch (RuntimeException e) {
            log.warn("Unexpected error on {}", entry.path(), e);
            return skip(entry, Status.FAILED, "internal error: " + e, start);
        } catch (StackOverflowError e) {
            // A stack overflow (say a regex on a pathological line) is this file's problem. Any other
            // Error is not: memory running out, a class that cannot load, a failed assertion would fail
            // every file alike (and remove every earlier summary as stale), so it fails the job, and a
            // restart resumes it once the cause is fixed.
            log.warn("Stack overflow on {}", entry.path(), e);
            return skip(entry, Status.FAILED, "internal error: " + e, start);
        }
    }

    private FileOutcome summarize(ManifestEntry entry, Article article, long start) {
        Instruction instruction = article.instruction();
        int maxWords = instruction.words() != null ? instruction.words() : settings.defaultWords();
        int maxParagraphs = instruction.paragraphs() != null ? instruction.paragraphs() : settings.defaultParagraphs();
        String note = instruction.note();
        if (!instruction.present()) {
            note = "no instruction line: default budget";
        }
        ArticleCleaner.Format format = ArticleCleaner.Format.detect(entry.path(), article.body());
        CleanedText cleaned = cleaner.clean(article.body(), format, runLines);
        int wordsIn = cleaned.wordsIn();
        int wordsCleaned = cleaned.words();
        if (cleaned.isEmpty() || wordsCleaned == 0) {
            ReportRow row = new ReportRow(entry.path(), Status.SKIPPED, "no story text after cleaning (boilerplate only)",
                    article.charset(), cleaned.language(), article.bytes(), wordsIn, 0, cleaned.linesIn(),
                    cleaned.linesDropped(), null, maxWords, maxParagraphs, null, null, cleaned.metadata(), article.sha256(),
                    null, millis(start));
            return new FileOutcome(entry.seq(), row, null, null, true);
        }
        Summary summary = summarizer.summarizeBlocks(cleaned.blocks(),
                new SummaryRequest(maxWords, maxParagraphs, settings.maxShare(), cleaned.language()));
        if (summary.paragraphs().isEmpty()) { // coverage cuts a sentence to fit (left empty: bylines, captions only); lead does not
            String reason = summary.limit() == Summary.Limit.CUT_SENTENCE
                    ? "no sentence that can stand alone (bylines, captions, credits only)"
                    : "no whole sentence fits the budget of " + maxWords + " words";
            ReportRow row = new ReportRow(entry.path(), Status.SKIPPED, reason,
                    article.charset(), cleaned.language(), article.bytes(), wordsIn, wordsCleaned, cleaned.linesIn(),
                    cleaned.linesDropped(), 0, maxWords, maxParagraphs, 0, limitName(summary), cleaned.metadata(),
                    article.sha256(), null, millis(start));
            return new FileOutcome(entry.seq(), row, null, keepCleaned ? cleaned.text() + "\n" : null, true);
        }
        String summaryPath = SummaryFiles.summaryPath(entry.path());
        ReportRow row = new ReportRow(entry.path(), Status.SUMMARIZED, note, article.charset(), cleaned.language(),
                article.bytes(), wordsIn, wordsCleaned, cleaned.linesIn(), cleaned.linesDropped(), summary.words(),
                maxWords, maxParagraphs, summary.paragraphs().size(), limitName(summary), cleaned.metadata(),
                article.sha256(), summaryPath, millis(start));
        return new FileOutcome(entry.seq(), row, summary.text() + "\n", keepCleaned ? cleaned.text() + "\n" : null, true);
    }

    private FileOutcome skip(ManifestEntry entry, Status status, String reason, long start) {
        ReportRow row = ReportRow.withoutSummary(entry.path(), status, reason, entry.size() < 0 ? null : entry.size(),
                entry.sha256(), millis(start));
        return new FileOutcome(entry.seq(), row, null, null, true);
    }

    private static String limitName(Summary summary) {
        return summary.limit().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
