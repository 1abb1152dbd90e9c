package newsroom.annotator.quotes;

/**
 * The lead's speaker given, after the article is read, to a headline's or a teaser's quotation that no sieve
 * attributed ({@link Attributor}) on real articles: src/test/resources/sieves/lead-speaker.txt.
 */
class LeadSpeakerSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "lead-speaker";
    }
}
