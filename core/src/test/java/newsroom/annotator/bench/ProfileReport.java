package newsroom.annotator.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the flight recording of the single-core benchmark (bin/bench --profile) and says where the
 * measured passes spent their time. Lingua works on the fork-join pool's threads, out of sight of the
 * stage that called it, so each execution sample, on any thread, is put in the stage that was running
 * when it was taken (the pipeline records one {@code newsroom.annotator.Stage} event a stage and
 * document). For each stage: its samples, the share of them inside Lingua, and the project methods
 * that cost the most outside Lingua; beside them the stage's wall-clock time, the garbage collections
 * that paused it and the JIT compilations that ran meanwhile (on a pinned core they take its time). Wall time that neither samples nor collections account for is time spent waiting, such
 * as for the pool's threads to pick Lingua's tasks up.
 */
final class ProfileReport {

    private static final String LINGUA = "com.github.pemistahl.lingua.";
    private static final String PROJECT = "newsroom.annotator.";
    private static final String OUTSIDE_STAGES = "input, assemble, json";

    private record Interval(Instant start, Instant end, String name) {
    }

    private static final class Tally {
        long wallNanos;
        long gcNanos;
        long jitNanos;
        long samples;
        long lingua;
        final Map<String, Long> methods = new LinkedHashMap<>();
    }

    private ProfileReport() {
    }

    public static void main(String[] args) throws IOException {
        print(Path.of(args.length > 0 ? args[0] : "target/bench/single-core.jfr"));
    }

    static void print(Path recording) throws IOException {
        List<Interval> passes = new ArrayList<>();
        List<Interval> stages = new ArrayList<>();
        List<RecordedEvent> samples = new ArrayList<>();
        List<RecordedEvent> collections = new ArrayList<>();
        List<RecordedEvent> compilations = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            switch (event.getEventType().getName()) {
                case "newsroom.annotator.bench.Pass" -> {
                    if (event.getBoolean("measured")) {
                        passes.add(new Interval(event.getStartTime(), event.getEndTime(), event.getString("pass")));
                    }
                }
                case "newsroom.annotator.Stage" -> stages.add(new Interval(event.getStartTime(), event.getEndTime(), event.getString("stage")));
                case "jdk.ExecutionSample" -> samples.add(event);
                case "jdk.GarbageCollection" -> collections.add(event);
                case "jdk.Compilation" -> compilations.add(event);
                default -> { }
            }
        }
        passes.sort(Comparator.comparing(Interval::start));
        stages.sort(Comparator.comparing(Interval::start));
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Interval pass : passes) {
            tallies.computeIfAbsent(pass.name().equals("annotation") ? OUTSIDE_STAGES : pass.name(), w -> new Tally())
                    .wallNanos += Duration.between(pass.start(), pass.end()).toNanos();
        }
        for (Interval stage : stages) {
            Interval pass = containing(passes, stage.start());
            if (pass != null && pass.name().equals("annotation")) {
                long nanos = Duration.between(stage.start(), stage.end()).toNanos();
                tallies.computeIfAbsent(stage.name(), w -> new Tally()).wallNanos += nanos;
                tallies.get(OUTSIDE_STAGES).wallNanos -= nanos;
            }
        }
        for (RecordedEvent collection : collections) {
            String where = where(passes, stages, collection.getStartTime());
            if (where != null) {
                tallies.computeIfAbsent(where, w -> new Tally()).gcNanos += collection.getDuration().toNanos();
            }
        }
        for (RecordedEvent compilation : compilations) {
            String where = where(passes, stages, compilation.getStartTime());
            if (where != null) {
                tallies.computeIfAbsent(where, w -> new Tally()).jitNanos += compilation.getDuration().toNanos();
            }
        }
        for (RecordedEvent sample : samples) {
            String where = where(passes, stages, sample.getStartTime());
            if (where == null || sample.getStackTrace() == null) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(where, w -> new Tally());
            tally.samples++;
            List<RecordedFrame> frames = sample.getStackTrace().getFrames();
            if (frames.stream().anyMatch(f -> type(f).startsWith(LINGUA))) {
                tally.lingua++;
            } else {
                frames.stream().filter(f -> type(f).startsWith(PROJECT)).findFirst()
                        .ifPresent(f -> tally.methods.merge(simpleName(type(f)) + "." + f.getMethod().getName(), 1L, Long::sum));
            }
        }
        long annotation = tallies.entrySet().stream().filter(e -> !e.getKey().equals("bare"))
                .mapToLong(e -> e.getValue().samples).sum();
        Tally bare = tallies.getOrDefault("bare", new Tally());
        System.out.printf("profile of the measured passes (%s): execution samples on every thread, each put in the"
                + " stage running when it was taken%n", recording);
        System.out.printf("  %-22s %7s %7s %7s %8s %9s %9s   %s%n", "where", "wall s", "GC s", "JIT s", "samples", "vs bare",
                "in Lingua", "costliest project methods outside Lingua");
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            String top = tally.methods.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(3).map(m -> String.format("%s %.0f%%", m.getKey(), 100.0 * m.getValue() / tally.samples))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            System.out.printf("  %-22s %7.2f %7.2f %7.2f %8d %9.2f %8.0f%%   %s%n", entry.getKey(), tally.wallNanos / 1e9,
                    tally.gcNanos / 1e9, tally.jitNanos / 1e9, tally.samples,
                    bare.samples == 0 ? 0 : (double) tally.samples / bare.samples, 100.0 * tally.lingua / tally.samples, top);
        }
        if (bare.samples > 0) {
            System.out.printf("  whole annotation: %d samples, %.2f x the bare pass%n", annotation, (double) annotation / bare.samples);
        }
    }

    /** The stage (or the bare pass) running at {@code at}, or null outside the measured passes. */
    private static String where(List<Interval> passes, List<Interval> stages, Instant at) {
        Interval pass = containing(passes, at);
        if (pass == null || !pass.name().equals("annotation")) {
            return pass == null ? null : pass.name();
        }
        Interval stage = containing(stages, at);
        return stage == null ? OUTSIDE_STAGES : stage.name();
    }

    /** The interval holding {@code at}, from a list sorted by start. */
    private static Interval containing(List<Interval> sorted, Instant at) {
        int low = 0;
        int high = sorted.size() - 1;
        Interval found = null;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (sorted.get(middle).start().isAfter(at)) {
                high = middle - 1;
            } else {
                found = sorted.get(middle);
                low = middle + 1;
            }
        }
        return found != null && !found.end().isBefore(at) ? found : null;
    }

    private static String type(RecordedFrame frame) {
        return frame.getMethod().getType().getName();
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
