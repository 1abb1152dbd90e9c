package newsroom.annotator.pipeline;

import java.util.Set;

/** One step of the pipeline. Implementations are immutable and safe to share between threads. */
public interface Stage {

    /** The short name the stage is listed, timed and switched off by: {@code segment}, {@code language}… */
    String name();

    /** The layers an earlier stage must have added: without them this stage cannot run. */
    Set<Layer> requires();

    /**
     * The layers this stage uses when they are there: a stage that provides one must run before this
     * one, but the pipeline may go without it (quotes read span types to skip page chrome; with the types
     * stage switched off every span counts as prose).
     */
    default Set<Layer> reads() {
        return Set.of();
    }

    /** The layers this stage adds. */
    Set<Layer> provides();

    Document apply(Document document);
}
