package newsroom.annotator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The team's own scorer, {@code ../shared/eval/score}, run with python3: the reference that
 * {@link GoldScorer} ports. CI has no python3, so callers ask {@link #find()} and do without it.
 */
final class ReferenceScorer {

    static final Path SCRIPT = Path.of("../../shared/eval/score"); // from core/, where the tests run

    private final Path script;

    private ReferenceScorer(Path script) {
        this.script = script;
    }

    /** The scorer when both it and python3 are there. */
    static Optional<ReferenceScorer> find() {
        return find(SCRIPT);
    }

    static Optional<ReferenceScorer> find(Path script) {
        if (!Files.isRegularFile(script)) {
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0 ? Optional.of(new ReferenceScorer(script)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no python3 on the PATH
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** What {@code score GOLD_DIR PREDICTIONS [options]} prints, line by line. */
    List<String> score(Path goldDir, Path predictions, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3", script.toString(), goldDir.toString(),
                predictions.toString()));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            int status = p.waitFor();
            if (status != 0 && status != 1) { // 1: a figure under its --min
                throw new IOException(String.join(" ", command) + " exited with " + status + ":\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out.lines().toList();
    }
}
