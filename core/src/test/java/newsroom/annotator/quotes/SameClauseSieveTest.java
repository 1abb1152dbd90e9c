package newsroom.annotator.quotes;

/** The same-clause sieve ({@link SameClauseSieve}) on real sentences: src/test/resources/sieves/same-clause.txt. */
class SameClauseSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "same-clause";
    }
}
