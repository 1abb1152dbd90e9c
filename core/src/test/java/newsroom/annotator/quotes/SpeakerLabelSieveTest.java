package newsroom.annotator.quotes;

/** The speaker-label sieve ({@link SpeakerLabelSieve}) on real sentences: src/test/resources/sieves/speaker-label.txt. */
class SpeakerLabelSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "speaker-label";
    }
}
