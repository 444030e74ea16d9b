package dev.precis.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.minidev.json.JSONObject;
import net.minidev.json.JSONValue;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket, with the JDK's own
 * client): opens a page, records console messages, uncaught exceptions and browser log errors
 * (failed loads, Content-Security-Policy violations), evaluates expressions, takes screenshots.
 * Nothing is downloaded: the browser is the system's ({@code PRECIS_CHROMIUM} or /usr/bin/chromium).
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JSONObject>> pending = new ConcurrentHashMap<>();
    private final List<JSONObject> events = new ArrayList<>();

    /** The browser binary: {@code PRECIS_CHROMIUM}, else Debian's chromium; null when there is none. */
    public static Path binary() {
        String configured = System.getenv("PRECIS_CHROMIUM");
        List<String> candidates = configured != null && !configured.isBlank() ? List.of(configured)
                : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }

    public static HeadlessChromium start() throws IOException, InterruptedException {
        Path binary = binary();
        if (binary == null) {
            throw new IllegalStateException("no Chromium: install Debian's chromium package (apt-get install chromium;"
                    + " .ci/run does) or set PRECIS_CHROMIUM to the browser binary");
        }
        return new HeadlessChromium(binary);
    }

    private HeadlessChromium(Path binary) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("precis-chromium-");
        // Flags for a closed machine and for root: no sandbox (root), no GPU, no background traffic.
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        StringBuilder stderr = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        endpoint.complete(m.group(1));
                    } else if (!endpoint.isDone()) {
                        synchronized (stderr) {
                            stderr.append(line).append('\n');
                        }
                    }
                }
            } catch (IOException e) {
                // the browser went away; close() handles it
            }
            endpoint.completeExceptionally(new IOException("Chromium exited before it listened"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        String url;
        try {
            url = endpoint.get(60, TimeUnit.SECONDS);
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(URI.create(url), new Listener()).join();
        } catch (Exception e) {
            process.destroyForcibly(); // neither the browser nor its profile outlive a failed start
            deleteProfile();
            synchronized (stderr) {
                throw new IOException("Chromium did not start: " + e + "\n" + stderr, e);
            }
        }
    }

    /** One open tab. */
    public final class Page {
        private final String session;

        private Page(String session) {
            this.session = session;
        }

        /** The value of a JavaScript expression (JSON-compatible), evaluated in the page. */
        public Object evaluate(String expression) {
            JSONObject params = new JSONObject(Map.of("expression", expression, "returnByValue", true));
            JSONObject result = send(session, "Runtime.evaluate", params);
            JSONObject value = (JSONObject) result.get("result");
            if (result.get("exceptionDetails") != null) {
                throw new IllegalStateException("evaluation failed: " + result.get("exceptionDetails"));
            }
            return value.get("value");
        }

        /** Console errors, uncaught exceptions and browser log errors (failed loads, CSP) of this tab so far. */
        public List<String> errors() {
            List<String> errors = new ArrayList<>();
            synchronized (events) {
                for (JSONObject e : events) {
                    if (!session.equals(e.get("sessionId"))) {
                        continue;
                    }
                    JSONObject p = (JSONObject) e.get("params");
                    switch (String.valueOf(e.get("method"))) {
                        case "Runtime.exceptionThrown" -> errors.add("exception: " + p.get("exceptionDetails"));
                        case "Runtime.consoleAPICalled" -> {
                            if (List.of("error", "assert").contains(String.valueOf(p.get("type")))) {
                                errors.add("console." + p.get("type") + ": " + p.get("args"));
                            }
                        }
                        case "Log.entryAdded" -> {
                            JSONObject entry = (JSONObject) p.get("entry");
                            if ("error".equals(entry.get("level"))) {
                                errors.add("log (" + entry.get("source") + "): " + entry.get("text") + " " + entry.getOrDefault("url", ""));
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
            return errors;
        }

        /** Every console message of this tab so far, as "type: args" (for diagnostics). */
        public List<String> console() {
            List<String> lines = new ArrayList<>();
            synchronized (events) {
                for (JSONObject e : events) {
                    if (session.equals(e.get("sessionId")) && "Runtime.consoleAPICalled".equals(e.get("method"))) {
                        JSONObject p = (JSONObject) e.get("params");
                        lines.add(p.get("type") + ": " + p.get("args"));
                    }
                }
            }
            return lines;
        }

        /**
         * Lays the page out for a screen {@code width} × {@code height} CSS pixels wide; {@code mobile}
         * as a phone does (the page's viewport meta tag applies, scroll bars overlay).
         */
        public void viewport(int width, int height, boolean mobile) {
            send(session, "Emulation.setDeviceMetricsOverride", new JSONObject(Map.of("width", width,
                    "height", height, "deviceScaleFactor", 1, "mobile", mobile)));
        }

        /** A PNG of the whole page (not only the viewport) at the given CSS width. */
        public void screenshot(Path png, int width) throws IOException {
            // The width first: the page's height depends on it.
            send(session, "Emulation.setDeviceMetricsOverride", new JSONObject(Map.of("width", width,
                    "height", 800, "deviceScaleFactor", 1, "mobile", false)));
            Number height = (Number) evaluate("Math.ceil(document.documentElement.scrollHeight)");
            send(session, "Emulation.setDeviceMetricsOverride", new JSONObject(Map.of("width", width,
                    "height", height.intValue(), "deviceScaleFactor", 1, "mobile", false)));
            JSONObject shot = send(session, "Page.captureScreenshot", new JSONObject(Map.of("format", "png",
                    "captureBeyondViewport", true)));
            Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
        }
    }

    /**
     * Opens {@code url} in a new tab with console and log capture on, and waits for its load event.
     * Returns the tab and the time from the navigation request to the load event.
     */
    public Opened open(String url, Duration timeout) throws InterruptedException {
        String target = (String) send(null, "Target.createTarget", new JSONObject(Map.of("url", "about:blank"))).get("targetId");
        String session = (String) send(null, "Target.attachToTarget",
                new JSONObject(Map.of("targetId", target, "flatten", true))).get("sessionId");
        for (String domain : List.of("Runtime.enable", "Log.enable", "Page.enable")) {
            send(session, domain, new JSONObject());
        }
        long start = System.nanoTime();
        JSONObject nav = send(session, "Page.navigate", new JSONObject(Map.of("url", url)));
        if (nav.get("errorText") != null) {
            throw new IllegalStateException("navigation to " + url + " failed: " + nav.get("errorText"));
        }
        long deadline = start + timeout.toNanos();
        synchronized (events) {
            while (events.stream().noneMatch(e -> session.equals(e.get("sessionId")) && "Page.loadEventFired".equals(e.get("method")))) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no load event from " + url + " within " + timeout);
                }
                events.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
        return new Opened(new Page(session), Duration.ofNanos(System.nanoTime() - start));
    }

    /** A tab and how long its page took to load. */
    public record Opened(Page page, Duration load) {
    }

    private JSONObject send(String session, String method, JSONObject params) {
        int id = ids.incrementAndGet();
        JSONObject message = new JSONObject(new LinkedHashMap<>(Map.of("id", id, "method", method, "params", params)));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JSONObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        synchronized (socket) {
            socket.sendText(message.toJSONString(), true).join();
        }
        JSONObject answer;
        try {
            answer = reply.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + ": no answer from Chromium", e);
        } finally {
            pending.remove(id);
        }
        if (answer.get("error") != null) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        JSONObject result = (JSONObject) answer.get("result");
        return result == null ? new JSONObject() : result;
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JSONObject message = (JSONObject) JSONValue.parse(partial.toString());
                partial.setLength(0);
                Object id = message.get("id");
                if (id instanceof Number n) {
                    CompletableFuture<JSONObject> reply = pending.get(n.intValue());
                    if (reply != null) {
                        reply.complete(message);
                    }
                } else {
                    synchronized (events) {
                        events.add(message);
                        events.notifyAll();
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            send(null, "Browser.close", new JSONObject());
        } catch (RuntimeException e) {
            // already gone
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteProfile();
    }

    private void deleteProfile() throws IOException {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            // a file the browser still writes: the temp folder is left behind
        }
    }
}
