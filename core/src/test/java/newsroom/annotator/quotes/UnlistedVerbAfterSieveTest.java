package newsroom.annotator.quotes;

/** {@link UnlistedVerbAfterSieve} on real sentences: src/test/resources/sieves/unlisted-verb-after.txt. */
class UnlistedVerbAfterSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "unlisted-verb-after";
    }
}
