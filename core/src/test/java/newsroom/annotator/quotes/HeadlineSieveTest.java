package newsroom.annotator.quotes;

/** The headline sieve ({@link HeadlineSieve}) on real sentences: src/test/resources/sieves/headline.txt. */
class HeadlineSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "headline";
    }
}
