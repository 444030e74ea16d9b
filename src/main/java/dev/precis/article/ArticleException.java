package dev.precis.article;

/** An input file that cannot be summarized, with the reason the report gives. */
public class ArticleException extends Exception {

    private final boolean skipped;

    private ArticleException(String reason, boolean skipped) {
        super(reason);
        this.skipped = skipped;
    }

    /** The file is not an error, just nothing to summarize (e.g. empty). */
    public static ArticleException skipped(String reason) {
        return new ArticleException(reason, true);
    }

    /** The file is broken or unreadable. */
    public static ArticleException failed(String reason) {
        return new ArticleException(reason, false);
    }

    public boolean isSkipped() {
        return skipped;
    }
}
