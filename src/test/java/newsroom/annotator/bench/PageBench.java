package newsroom.annotator.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import newsroom.annotator.Annotator;
import newsroom.annotator.json.AnnotationWriter;

/**
 * Whole web pages, single-threaded: the article-body benchmark's pages (../shared/bench/article-body/html,
 * 181 real news pages) read from HTML, annotated and written as JSON, priced in MB of HTML per second and
 * pages per second, and split between reading the page (jsoup and the scoring of its blocks) and the
 * pipeline.
 */
final class PageBench {

    static final Path PAGES = Path.of("../shared/bench/article-body/html");

    private PageBench() {
    }

    /** Runs when the pages are there; adds its figures to {@code report} under "pages". */
    static void run(Annotator annotator, ObjectNode report) {
        if (!Files.isDirectory(PAGES)) {
            System.out.println("pages: " + PAGES + " not found, skipped");
            return;
        }
        List<String> pages = read();
        long bytes = pages.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();
        pass(annotator, pages); // warm-up
        long[] measured = pass(annotator, pages);
        double seconds = measured[0] / 1e9;
        double readSeconds = measured[1] / 1e9;
        System.out.printf("%nwhole web pages, single-threaded: %d pages, %.1f MB of HTML%n", pages.size(), bytes / 1e6);
        System.out.printf("  %.2f MB of HTML/s, %.1f pages/s; reading the pages %.0f%% of the time, the pipeline the rest%n",
                bytes / 1e6 / seconds, pages.size() / seconds, 100 * readSeconds / seconds);
        ObjectNode node = report.putObject("pages");
        node.put("pages", pages.size());
        node.put("htmlMegabytes", bytes / 1e6);
        node.put("htmlMegabytesPerSecond", bytes / 1e6 / seconds);
        node.put("pagesPerSecond", pages.size() / seconds);
        node.put("readingShare", readSeconds / seconds);
    }

    /** {total nanos, nanos spent reading HTML into articles}. */
    private static long[] pass(Annotator annotator, List<String> pages) {
        AnnotationWriter writer = new AnnotationWriter();
        long reading = 0;
        long started = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            long readStarted = System.nanoTime();
            var article = annotator.html().read("page-" + i, pages.get(i));
            reading += System.nanoTime() - readStarted;
            writer.toJson(annotator.annotate(article));
        }
        return new long[] {System.nanoTime() - started, reading};
    }

    private static List<String> read() {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(PAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
