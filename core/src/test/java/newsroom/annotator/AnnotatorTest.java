package newsroom.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

class AnnotatorTest {

    @Test
    void stagesRunInTheirOrder() {
        assertEquals(List.of("segment", "language", "posts", "types", "quotes"), Annotators.shared().stages());
    }

    @Test
    void stagesCanBeSkippedByName() {
        Annotator annotator = Annotator.create(new AnnotatorSettings(List.of("en", "es"), Optional.empty(), Set.of("posts", "quotes")));
        assertEquals(List.of("segment", "language", "types"), annotator.stages());
        String text = TestArticles.read(TestArticles.FOLDER.resolve("breitbart-asylum-tweets.txt"));
        Annotation annotation = annotator.annotate(annotator.plainText().read("t", text));
        assertTrue(annotation.quotes().isEmpty());
        assertTrue(annotation.spans().stream().noneMatch(s -> s.type() == SpanType.POST));
    }

    @Test
    void unknownOrRequiredStagesCannotBeSkipped() {
        assertThrows(IllegalArgumentException.class, () -> Annotator.create(
                new AnnotatorSettings(List.of("en", "es"), Optional.empty(), Set.of("postz"))));
        assertThrows(IllegalArgumentException.class, () -> Annotator.create(
                new AnnotatorSettings(List.of("en", "es"), Optional.empty(), Set.of("language"))));
    }
}
