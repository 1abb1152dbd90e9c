package newsroom.annotator.quotes;

/** The construction sieve ({@link ConstructionSieve}) on real sentences: src/test/resources/sieves/construction.txt. */
class ConstructionSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "construction";
    }
}
