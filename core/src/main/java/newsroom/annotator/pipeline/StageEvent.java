package newsroom.annotator.pipeline;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * One stage run on one document, recorded by Java Flight Recorder when a recording is on (and free when it
 * is not): a profile then tells which stage every sample, on any thread, was taken in (bin/bench --profile).
 */
@Name("newsroom.annotator.Stage")
@Label("Annotation stage")
@Category("Annotator")
@Description("A pipeline stage applied to one document")
@StackTrace(false)
final class StageEvent extends Event {

    @Label("Stage")
    String stage;

    @Label("Characters")
    int characters;
}
