package newsroom.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GoldScorer against what the team's scorer printed for the committed fixture (src/test/resources/scorer,
 * made as its README says): the annotator's answers on the gold corpus with hand-made edge cases.
 * Needs no python3; where python3 is there, the committed output is also checked against a fresh run.
 */
class GoldScorerFaithfulnessTest {

    static final Path FIXTURE = Path.of("src/test/resources/scorer");
    static final Path PREDICTIONS = FIXTURE.resolve("predictions.ndjson");

    /** Each run of the reference scorer kept in the fixture: gold folder, --verbose, its printed output. */
    static Stream<Arguments> runs() {
        return Stream.of(Arguments.of("gold", false, "score.out"), Arguments.of("gold", true, "score-verbose.out"),
                Arguments.of("no-posts", false, "no-posts.out"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("runs")
    void everyFigureIsTheReferenceScorersFigure(String gold, boolean verbose, String output) throws IOException {
        GoldFigures python = GoldFigures.parse(Files.readAllLines(FIXTURE.resolve(output)));
        GoldFigures java = GoldScorer.score(FIXTURE.resolve(gold), PREDICTIONS, verbose).figures();
        assertTrue(python.get("overall").isPresent(), "the fixture's output has its figures");
        assertEquals(List.of(), java.differencesFrom(python));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("runs")
    void printsWhatTheReferenceScorerPrints(String gold, boolean verbose, String output) throws IOException {
        List<String> python = Files.readAllLines(FIXTURE.resolve(output));
        List<String> java = GoldScorer.score(FIXTURE.resolve(gold), PREDICTIONS, verbose).lines();
        assertEquals(withoutParserMessages(python), withoutParserMessages(java));
    }

    @Test
    void theFixtureReachesTheScorersEdgeCases() throws IOException {
        String all = Files.readString(FIXTURE.resolve("score-verbose.out")) + Files.readString(FIXTURE.resolve("no-posts.out"));
        for (String path : List.of(": not JSON", ": no annotation", ": annotation has no text", "has unknown type",
                "overlaps or is out of order", "gold span ", "gold post end ", "boundary off", "attribution ('twitter', None",
                "not found", ": speaker None, want", "want None", "  -  (0/0)", "posts.f1               0.000")) {
            assertTrue(all.contains(path), "no line of the reference output shows " + path);
        }
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("runs")
    void theCommittedOutputIsWhatTheReferenceScorerPrintsToday(String gold, boolean verbose, String output)
            throws IOException {
        Optional<ReferenceScorer> reference = ReferenceScorer.find();
        assumeTrue(reference.isPresent(), "python3 and ../shared/eval/score are not both here");
        List<String> today = reference.get().score(FIXTURE.resolve(gold), PREDICTIONS,
                verbose ? new String[] {"--verbose"} : new String[0]);
        assertEquals(Files.readAllLines(FIXTURE.resolve(output)), today,
                "the shared scorer changed: port the change to GoldScorer, then remake the fixture (its README)");
    }

    /** A JSON parser's own words for a bad line differ between Python and Jackson; the line number does not. */
    private static List<String> withoutParserMessages(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("^(line \\d+: not JSON) \\(.*\\)$", "$1")).toList();
    }
}
