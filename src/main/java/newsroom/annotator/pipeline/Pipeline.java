package newsroom.annotator.pipeline;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The stages in the order they run. Immutable; a stage can be switched off by name. */
public final class Pipeline {

    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public List<String> names() {
        return stages.stream().map(Stage::name).toList();
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

    public Document run(Document document, StageTimer timer) {
        Document current = document;
        for (Stage stage : stages) {
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
