package newsroom.annotator.quotes;

/** The author-line sieve ({@link AuthorLineSieve}) on real sentences: src/test/resources/sieves/author-line.txt. */
class AuthorLineSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "author-line";
    }
}
