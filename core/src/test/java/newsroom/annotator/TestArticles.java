package newsroom.annotator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Article;

/** The real articles under core's src/test/resources/articles. */
public final class TestArticles {

    /** Core's test resources: the other modules' tests run in their own folders and name it (core.test.resources). */
    public static final Path RESOURCES = Path.of(System.getProperty("core.test.resources", "src/test/resources"));
    public static final Path FOLDER = RESOURCES.resolve("articles");
    /** The hand-marked articles that GoldCorpusTest scores. */
    public static final Path GOLD = RESOURCES.resolve("gold");

    private TestArticles() {
    }

    /** Every article file (.txt, .html, .json that is not a gold or expected file), sorted by name. */
    public static List<Path> all() {
        return articlesIn(FOLDER);
    }

    /** The articles of both folders: every real article the tests hold. */
    public static List<Path> allIncludingGold() {
        List<Path> both = new java.util.ArrayList<>(all());
        both.addAll(handMarked());
        return both;
    }

    /** The hand-marked articles GoldCorpusTest scores, sorted by name. */
    public static List<Path> handMarked() {
        return articlesIn(GOLD);
    }

    private static List<Path> articlesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(TestArticles::isArticle).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The articles that have a hand-made gold file beside them. */
    public static List<Path> withGold() {
        return all().stream().filter(p -> Files.exists(gold(p))).toList();
    }

    public static Path gold(Path article) {
        return article.resolveSibling(stem(article) + ".gold.json");
    }

    public static Path expected(Path article) {
        return article.resolveSibling(stem(article) + ".expected.json");
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The annotation of an article file, read by its kind: .html as a page, .json as a request, else plain text. */
    public static Annotation annotate(Annotator annotator, Path article) {
        String id = article.getFileName().toString();
        String content = read(article);
        Article input = id.endsWith(".html") ? annotator.html().read(id, content)
                : id.endsWith(".json") ? annotator.requests().read(content).withId(id)
                : annotator.plainText().read(id, content);
        return annotator.annotate(input);
    }

    public static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".txt") || name.endsWith(".html") || (name.endsWith(".json")
                && !name.endsWith(".gold.json") && !name.endsWith(".expected.json")));
    }
}
