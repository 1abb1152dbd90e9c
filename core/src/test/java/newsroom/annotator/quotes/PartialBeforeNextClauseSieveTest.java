package newsroom.annotator.quotes;

/** The partial-before-next-clause sieve ({@link PartialBeforeNextClauseSieve}) on real sentences: src/test/resources/sieves/partial-before-next-clause.txt. */
class PartialBeforeNextClauseSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "partial-before-next-clause";
    }
}
