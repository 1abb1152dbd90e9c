package newsroom.annotator.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pipeline checks, when it is assembled, that every stage finds the layers it needs already there. */
class PipelineOrderTest {

    private record Fake(String name, Set<Layer> requires, Set<Layer> reads, Set<Layer> provides) implements Stage {
        @Override
        public Document apply(Document document) {
            return document;
        }
    }

    private static final Fake SEGMENT = new Fake("segment", Set.of(), Set.of(), Set.of(Layer.SPANS, Layer.SENTENCES));
    private static final Fake TYPES = new Fake("types", Set.of(Layer.SPANS), Set.of(), Set.of(Layer.SPAN_TYPES));
    private static final Fake QUOTES = new Fake("quotes", Set.of(Layer.SENTENCES), Set.of(Layer.SPAN_TYPES), Set.of(Layer.QUOTES));

    @Test
    void aStageWhoseRequiredLayerNoEarlierStageProvidesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(QUOTES, SEGMENT)));
        assertTrue(e.getMessage().contains("'quotes' requires [SENTENCES]"), e.getMessage());
    }

    @Test
    void aStageThatReadsALayerProvidedOnlyAfterItIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(SEGMENT, QUOTES, TYPES)));
        assertTrue(e.getMessage().contains("'quotes' reads SPAN_TYPES, which stage 'types' provides only after it"), e.getMessage());
    }

    @Test
    void aLayerThatIsOnlyReadMayBeSwitchedOff() {
        Pipeline pipeline = new Pipeline(List.of(SEGMENT, TYPES, QUOTES));
        assertEquals(List.of("segment", "quotes"), assertDoesNotThrow(() -> pipeline.without("types")).names());
    }

    @Test
    void aRequiredLayerCannotBeSwitchedOff() {
        Pipeline pipeline = new Pipeline(List.of(SEGMENT, TYPES, QUOTES));
        assertThrows(IllegalArgumentException.class, () -> pipeline.without("segment"));
    }
}
