package newsroom.annotator.quotes;

/** The participle-clause sieve ({@link ParticipleClauseSieve}) on real sentences: src/test/resources/sieves/participle-clause.txt. */
class ParticipleClauseSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "participle-clause";
    }
}
