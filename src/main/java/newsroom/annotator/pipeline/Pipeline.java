package newsroom.annotator.pipeline;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stages in the order they run. Immutable; a stage can be switched off by name. The order is checked
 * when the pipeline is assembled: every layer a stage requires is provided by a stage before it, and a
 * layer it only reads, when some stage provides it, is provided before it too.
 */
public final class Pipeline {

    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        checkOrder(this.stages);
    }

    private static void checkOrder(List<Stage> stages) {
        Set<Layer> provided = EnumSet.noneOf(Layer.class);
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(provided);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' requires " + missing
                        + ", which no stage before it provides; stages are " + names(stages));
            }
            for (Stage later : stages.subList(i + 1, stages.size())) {
                for (Layer layer : stage.reads()) {
                    if (later.provides().contains(layer)) {
                        throw new IllegalArgumentException("stage '" + stage.name() + "' reads " + layer
                                + ", which stage '" + later.name() + "' provides only after it");
                    }
                }
            }
            provided.addAll(stage.provides());
        }
    }

    private static List<String> names(List<Stage> stages) {
        return stages.stream().map(Stage::name).toList();
    }

    public List<String> names() {
        return names(stages);
    }

    /** This pipeline without the named stages; unknown names are an error, so typos do not pass silently. */
    public Pipeline without(String... names) {
        Set<String> off = new HashSet<>(Arrays.asList(names));
        off.removeAll(names());
        if (!off.isEmpty()) {
            throw new IllegalArgumentException("no such stage: " + off + "; stages are " + names());
        }
        Set<String> remove = Set.of(names);
        return new Pipeline(stages.stream().filter(s -> !remove.contains(s.name())).toList());
    }

    /** Runs every stage, checking the thread's {@link Deadline} before each. */
    public Document run(Document document, StageTimer timer) {
        Deadline deadline = Deadline.current();
        Document current = document;
        for (Stage stage : stages) {
            deadline.check();
            StageEvent event = new StageEvent();
            event.begin();
            long started = System.nanoTime();
            current = stage.apply(current);
            timer.record(stage.name(), System.nanoTime() - started);
            if (event.shouldCommit()) {
                event.stage = stage.name();
                event.characters = current.text().length();
                event.commit();
            }
        }
        return current;
    }
}
