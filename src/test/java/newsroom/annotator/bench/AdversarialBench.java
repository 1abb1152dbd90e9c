package newsroom.annotator.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import newsroom.annotator.AdversarialInputs;
import newsroom.annotator.Annotator;
import newsroom.annotator.model.Article;

/**
 * The adversarial corpus: each input of issue 13 at 256 KB, 512 KB and 1 MB, annotated single-threaded,
 * its time per MB printed next to the ordinary articles'. Time per MB that stays flat as the size grows is
 * linear time; an input is not taken to a larger size once one size took over {@link #GIVE_UP_SECONDS}
 * (the quotes stage's inputs, until issue 12 makes it linear).
 */
final class AdversarialBench {

    static final List<Integer> SIZES = List.of(256 * 1024, 512 * 1024, 1024 * 1024);
    static final double GIVE_UP_SECONDS = 60;

    private AdversarialBench() {
    }

    static void run(Annotator annotator, double ordinarySecondsPerMb, ObjectNode report) {
        System.out.printf("%nadversarial inputs (issue 13), single-threaded; ordinary articles: %.2f s/MB%n", ordinarySecondsPerMb);
        System.out.printf("  %-22s %12s %12s %12s%n", "input", "256 KB", "512 KB", "1 MB");
        ObjectNode all = report.putObject("adversarialSecondsPerMb");
        all.put("ordinaryArticles", ordinarySecondsPerMb);
        for (AdversarialInputs input : AdversarialInputs.values()) {
            ObjectNode sizes = all.putObject(input.name());
            StringBuilder line = new StringBuilder(String.format("  %-22s", input.name().toLowerCase()));
            boolean gaveUp = false;
            for (int bytes : SIZES) {
                if (gaveUp) {
                    line.append(String.format(" %12s", "skipped"));
                    continue;
                }
                String text = input.ofBytes(bytes);
                Article article = annotator.plainText().read(input.name(), text);
                long started = System.nanoTime();
                annotator.annotate(article);
                double seconds = (System.nanoTime() - started) / 1e9;
                double perMb = seconds / (text.getBytes(StandardCharsets.UTF_8).length / 1e6);
                sizes.put(String.valueOf(bytes / 1024), perMb);
                line.append(String.format(" %9.2f s/MB", perMb));
                gaveUp = seconds > GIVE_UP_SECONDS;
            }
            System.out.println(line);
        }
    }
}
