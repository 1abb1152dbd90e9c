package newsroom.annotator.quotes;

/** The inner-clause sieve ({@link InnerClauseSieve}) on real sentences: src/test/resources/sieves/inner-clause.txt. */
class InnerClauseSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "inner-clause";
    }
}
