package newsroom.annotator.quotes;

/**
 * A few quoted words that no cue goes with take the speaker quoted nearest them, after the article is read
 * ({@link Attributor}), on real articles: src/test/resources/sieves/nearby-speaker.txt.
 */
class NearbySpeakerTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "nearby-speaker";
    }
}
