package newsroom.annotator.quotes;

/** The continuation sieve ({@link ContinuationSieve}) on real sentences: src/test/resources/sieves/continuation.txt. */
class ContinuationSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "continuation";
    }
}
