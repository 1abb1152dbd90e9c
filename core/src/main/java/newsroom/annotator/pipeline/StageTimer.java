package newsroom.annotator.pipeline;

/** Told how long each stage took on each document; the benchmark listens with one. */
@FunctionalInterface
public interface StageTimer {

    StageTimer NONE = (stage, nanos) -> { };

    void record(String stage, long nanos);
}
