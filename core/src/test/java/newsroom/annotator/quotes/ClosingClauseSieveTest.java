package newsroom.annotator.quotes;

/** The closing-clause sieve ({@link ClosingClauseSieve}) on real sentences: src/test/resources/sieves/closing-clause.txt. */
class ClosingClauseSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "closing-clause";
    }
}
