package newsroom.annotator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import newsroom.annotator.Annotator;
import newsroom.annotator.Annotators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flight recording tells which stage ran when: the benchmark's profile (bin/bench --profile) reads it. */
class StageEventTest {

    @TempDir
    Path temp;

    @Test
    void aRecordingHoldsOneEventPerStageAndDocumentInPipelineOrder() throws Exception {
        Annotator annotator = Annotators.shared();
        String text = "Ocasio-Cortez dijo: «No nos vamos a rendir».\n\nShe said it twice.";
        Path file = temp.resolve("stages.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("newsroom.annotator.Stage");
            recording.start();
            annotator.annotate(annotator.plainText().read("one", text));
            recording.stop();
            recording.dump(file);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals("newsroom.annotator.Stage")).toList();
        assertEquals(annotator.stages(), events.stream().map(e -> e.getString("stage")).toList());
        events.forEach(e -> assertEquals(text.length(), e.getInt("characters")));
    }
}
