package newsroom.annotator.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import newsroom.annotator.Annotator;
import newsroom.annotator.Annotators;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.json.AnnotationWriter;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.Span;
import newsroom.annotator.pipeline.Deadline;
import newsroom.annotator.pipeline.DeadlineExceededException;

/**
 * The whole pipeline under Jazzer, each input within a time budget: any text is annotated, with spans and
 * quotes inside the text and in order, and written as JSON, in less than {@link #BUDGET}; an input that
 * takes longer is a finding as much as an exception is. The normal suite runs the committed inputs
 * (PipelineFuzzTestInputs); {@code bin/fuzz pipeline N} fuzzes N inputs, each within {@code -Dfuzz.budget} (10s).
 */
public class PipelineFuzzTest {

    /**
     * Inputs are a few KB at most (libFuzzer's -max_len): a real article of that size takes milliseconds
     * warm, but the first inputs of a run meet cold code on a shared machine; {@code bin/fuzz} sets less.
     */
    static final Duration BUDGET = Duration.parse("PT" + System.getProperty("fuzz.budget", "10s").toUpperCase(java.util.Locale.ROOT));

    private static final Annotator ANNOTATOR = Annotators.shared();
    private static final AnnotationWriter WRITER = new AnnotationWriter();

    @FuzzTest
    void pipeline(byte[] input) {
        fuzzerTestOneInput(input);
    }

    /** Jazzer's entry point for {@code bin/fuzz}. */
    public static void fuzzerTestOneInput(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Annotation annotation;
        try {
            annotation = ANNOTATOR.annotate(ANNOTATOR.plainText().read(null, text), Deadline.after(BUDGET));
        } catch (BadInputException blank) {
            return;
        } catch (DeadlineExceededException e) {
            throw new AssertionError("over the time budget on " + input.length + " bytes: " + e.getMessage());
        }
        int end = -1;
        for (Span span : annotation.spans()) {
            if (span.start() < end || span.start() >= span.end() || span.end() > text.length()) {
                throw new AssertionError("span " + span.start() + "-" + span.end() + " out of place");
            }
            end = span.end();
        }
        for (Quote quote : annotation.quotes()) {
            if (quote.start() < 0 || quote.start() > quote.end() || quote.end() > text.length()) {
                throw new AssertionError("quote " + quote.start() + "-" + quote.end() + " outside the text");
            }
        }
        WRITER.toJson(annotation);
    }
}
