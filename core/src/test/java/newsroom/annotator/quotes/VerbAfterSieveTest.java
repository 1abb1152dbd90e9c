package newsroom.annotator.quotes;

/** The verb-after sieve ({@link VerbAfterSieve}) on real sentences: src/test/resources/sieves/verb-after.txt. */
class VerbAfterSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "verb-after";
    }
}
