package newsroom.annotator.quotes;

/** The text-predicate sieve ({@link TextPredicateSieve}) on real sentences: src/test/resources/sieves/text-predicate.txt. */
class TextPredicateSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "text-predicate";
    }
}
