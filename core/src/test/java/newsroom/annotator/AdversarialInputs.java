package newsroom.annotator;

import java.nio.charset.StandardCharsets;

/**
 * The inputs of issue 13 whose time grew faster than their size: one short unit repeated to any size. The
 * linearity tests, the benchmark's adversarial corpus and the soak all build theirs from these.
 */
public enum AdversarialInputs {

    /**
     * Row 2 as filed: quotation marks that pair with nothing ({@code “”"} repeated). Since span types come
     * before quotations (2d74e0a) a paragraph without letters is chrome that the quotes stage skips, so
     * the same marks in prose are what still reach it: {@link #QUOTE_MARKS_IN_PROSE}.
     */
    QUOTE_MARKS("“”\""),
    /** Row 2 as filed: every kind of quotation mark and the dialogue dash. */
    MIXED_MARKS("“”\"«»‘’—"),
    /** Row 2's marks around a word, so that the paragraph is prose and the quotes stage pairs them. */
    QUOTE_MARKS_IN_PROSE("“word”\""),
    /** Row 2's mix in prose. */
    MIXED_MARKS_IN_PROSE("word “”\"«»‘’— "),
    /** Row 3: a paragraph of handles; masking them for the detector (twitter-text) rescanned the rest. */
    HANDLES("@a "),
    /** Row 3: the same attributed quotation over and over; the quotes stage. */
    SAID("“We will win,” said John Smith. "),
    /** Row 3: lines that each look like a tweet's signature; the posts stage. */
    SIGNATURE_LINES("— John Smith (@jsmith) January 4, 2021\n"),
    /** Lines without a letter, which the types stage gave to the last line with words before them. */
    BARE_LINES("—\n"),
    /** A paragraph of hashtags, which twitter-text read as it read handles. */
    HASHTAGS("#a "),
    /** A run of slashes without a blank, which the masker's look for links walked back over from each. */
    SLASHES("a/"),
    /** Quotations side by side with only commas between them, a list of comments of any length: the list-of-voices sieve. */
    SIDE_BY_SIDE("“word”, "),
    /**
     * Issue 12: one long paragraph without a sentence break, the project's example sentence (breitbart.com)
     * repeated without its period, so that every quotation's clause is the whole paragraph.
     */
    UNPUNCTUATED_PROSE("AMLO’s spokesman Jesus Ramirez Cuevas said that Mexico’s government asked for an end to "
            + "Assange’s “torture” and for his release ");

    private final String unit;

    AdversarialInputs(String unit) {
        this.unit = unit;
    }

    /** The unit repeated to at least {@code bytes} bytes of UTF-8. */
    public String ofBytes(int bytes) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return unit.repeat((bytes + unitBytes - 1) / unitBytes);
    }
}
