package newsroom.annotator.quotes;

/** The verb-before sieve ({@link VerbBeforeSieve}) on real sentences: src/test/resources/sieves/verb-before.txt. */
class VerbBeforeSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "verb-before";
    }
}
