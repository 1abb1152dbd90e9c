package newsroom.annotator;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;
import newsroom.annotator.batch.BatchCommand;

/**
 * The one executable: {@code annotate …} runs the batch tool without starting the server; anything
 * else starts the HTTP service.
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("annotate")) {
            System.exit(BatchCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        Quarkus.run(args);
    }
}
