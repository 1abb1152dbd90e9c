package newsroom.annotator.quotes;

/** The cue-after sieve ({@link CueAfterSieve}) on real sentences: src/test/resources/sieves/cue-after.txt. */
class CueAfterSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "cue-after";
    }
}
