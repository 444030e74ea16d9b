package dev.precis.report;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Opens a run page in headless Chromium, prints its load time and any console errors, and saves
 * a full-page PNG: {@code PageScreenshot <page.html> <out.png> [css width]}. Used for the README's
 * screenshot (bench/report-page.sh --screenshot).
 */
public final class PageScreenshot {

    public static void main(String[] args) throws Exception {
        Path page = Path.of(args[0]).toAbsolutePath();
        Path png = Path.of(args[1]);
        int width = args.length > 2 ? Integer.parseInt(args[2]) : 1200;
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            HeadlessChromium.Opened opened = chromium.open(page.toUri().toString(), Duration.ofSeconds(60));
            System.out.println("loaded in " + opened.load().toMillis() + " ms; console errors: " + opened.page().errors());
            opened.page().screenshot(png, width);
            System.out.println("screenshot: " + png);
        }
    }
}
