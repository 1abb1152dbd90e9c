package newsroom.annotator.quotes;

/**
 * One rule that may tell who said a quotation, in the manner of Stanford CoreNLP's quote attribution
 * sieves: it looks at one quotation in its context and decides, or passes it to the next sieve. The
 * sieves' order is data ({@code dictionaries/quote-sieves.txt}); the attribution names the sieve that
 * decided. Implementations are stateless: what they read lives in the {@link QuoteContext}.
 */
interface Sieve {

    /** The sieve's name, as the order of sieves lists it and an attribution's {@code rule} shows it. */
    String name();

    /** What the sieve decides for the quotation, or null to pass it on. */
    Decision decide(QuoteContext quote);

    /**
     * Whether the sieve may still name the speaker of a quotation an earlier sieve found said by nobody
     * named ("“…”, sostuvo la cartera que dirige Felipe Solá" above the ministry's embedded tweet).
     */
    default boolean namesTheUnnamed() {
        return false;
    }
}
