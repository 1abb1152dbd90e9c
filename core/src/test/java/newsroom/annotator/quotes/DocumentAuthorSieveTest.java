package newsroom.annotator.quotes;

/** The document-author sieve ({@link DocumentAuthorSieve}) on real sentences: src/test/resources/sieves/document-author.txt. */
class DocumentAuthorSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "document-author";
    }
}
