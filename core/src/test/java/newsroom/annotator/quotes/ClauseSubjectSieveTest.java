package newsroom.annotator.quotes;

/** The clause-subject sieve ({@link ClauseSubjectSieve}) on real sentences: src/test/resources/sieves/clause-subject.txt. */
class ClauseSubjectSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "clause-subject";
    }
}
