package newsroom.annotator.quotes;

/** The cue-before sieve ({@link CueBeforeSieve}) on real sentences: src/test/resources/sieves/cue-before.txt. */
class CueBeforeSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "cue-before";
    }
}
