package newsroom.annotator.quotes;

/** The list-of-voices sieve ({@link ListOfVoicesSieve}) on real sentences: src/test/resources/sieves/list-of-voices.txt. */
class ListOfVoicesSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "list-of-voices";
    }
}
