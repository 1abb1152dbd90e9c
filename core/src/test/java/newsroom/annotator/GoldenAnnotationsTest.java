package newsroom.annotator;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsroom.annotator.json.AnnotationWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole answer for each test article, compared with the reviewed answer kept beside it. A change
 * shows as a readable diff; after reviewing it, refresh with {@code -Dgolden.update=true}.
 */
class GoldenAnnotationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> articles() {
        return TestArticles.all().stream();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void annotationIsTheReviewedOne(Path article) throws Exception {
        Annotator annotator = Annotators.shared();
        String id = article.getFileName().toString();
        String actual = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                JSON.readTree(new AnnotationWriter().toJson(TestArticles.annotate(annotator, article)))) + "\n";
        Path expectedFile = TestArticles.expected(article);
        if (Boolean.getBoolean("golden.update") || !Files.exists(expectedFile)) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("golden.update")) {
                fail("no reviewed answer for " + id + "; wrote " + expectedFile + ": review it and run again");
            }
            return;
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("the annotation of " + id + " changed:\n" + diff(expected, actual)
                    + "\nreview, then refresh with -Dgolden.update=true");
        }
    }

    /** The changed lines with a little context, in unified-diff style. */
    static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.add("  " + a.get(i));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                out.add("+ " + b.get(j++));
            } else {
                out.add("- " + a.get(i++));
            }
        }
        StringBuilder shown = new StringBuilder();
        for (int k = 0; k < out.size(); k++) {
            boolean near = false;
            for (int d = -3; d <= 3 && !near; d++) {
                int n = k + d;
                near = n >= 0 && n < out.size() && !out.get(n).startsWith("  ");
            }
            if (near) {
                shown.append(out.get(k)).append('\n');
            }
        }
        return shown.toString();
    }
}
