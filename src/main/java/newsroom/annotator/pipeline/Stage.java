package newsroom.annotator.pipeline;

/** One step of the pipeline. Implementations are immutable and safe to share between threads. */
public interface Stage {

    /** The short name the stage is listed, timed and switched off by: {@code segment}, {@code language}… */
    String name();

    Document apply(Document document);
}
