package newsroom.annotator.quotes;

/** The indirect-speech sieve ({@link IndirectSpeechSieve}) on real sentences: src/test/resources/sieves/indirect-speech.txt. */
class IndirectSpeechSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "indirect-speech";
    }
}
