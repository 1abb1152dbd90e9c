package newsroom.annotator.bench;

import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** One pass of the single-core benchmark over the corpus, so that a profile can tell the passes apart. */
@Name("newsroom.annotator.bench.Pass")
@Label("Benchmark pass")
@StackTrace(false)
final class PassEvent extends Event {

    @Label("Pass")
    String pass;

    @Label("Measured")
    boolean measured;
}
