package newsroom.annotator.quotes;

/** The colon-clause sieve ({@link ColonClauseSieve}) on real sentences: src/test/resources/sieves/colon-clause.txt. */
class ColonClauseSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "colon-clause";
    }
}
