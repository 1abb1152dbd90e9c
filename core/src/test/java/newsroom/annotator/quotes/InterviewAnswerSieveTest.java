package newsroom.annotator.quotes;

/** The interview-answer sieve ({@link InterviewAnswerSieve}) on real sentences: src/test/resources/sieves/interview-answer.txt. */
class InterviewAnswerSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "interview-answer";
    }
}
