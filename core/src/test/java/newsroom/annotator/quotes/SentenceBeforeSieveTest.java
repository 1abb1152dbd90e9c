package newsroom.annotator.quotes;

/** The sentence-before sieve ({@link SentenceBeforeSieve}) on real sentences: src/test/resources/sieves/sentence-before.txt. */
class SentenceBeforeSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "sentence-before";
    }
}
