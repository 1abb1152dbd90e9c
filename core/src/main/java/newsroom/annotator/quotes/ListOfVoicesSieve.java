package newsroom.annotator.quotes;

/**
 * A quotation in a run of three or more with nothing but commas and stops between them, and no cue of its
 * own, is one voice in a list of comments ("los usuarios no tardaron en señalar: “Engordó con los años”,
 * “Se ve que …”, “Qué …”"): each is someone else's, none the last speaker's, and the text names none of them.
 * One speaker's sentences set side by side have that speaker named at the first of them.
 */
final class ListOfVoicesSieve implements Sieve {

    /** How many quotations side by side make a list. */
    private static final int LIST = 3;

    @Override
    public String name() {
        return "list-of-voices";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        QuotationIndex quotations = reading.quotations();
        String text = reading.text();
        int at = quotations.lastOpeningBefore(quote.quotation().open() + 1);
        // (the run is read no further than a list needs, so a page of quotations side by side stays linear)
        int before = 0;
        while (before < LIST - 1 && at - before > 0 && sideBySide(text, quotations.get(at - before - 1), quotations.get(at - before))) {
            before++;
        }
        int after = 0;
        while (after < LIST - 1 && at + after + 1 < quotations.all().size()
                && sideBySide(text, quotations.get(at + after), quotations.get(at + after + 1))) {
            after++;
        }
        if (before + after + 1 < LIST) {
            return null;
        }
        // the run is one speaker's sentences when the first of them was said by someone named ("“…” – ammette
        // Guglielmo Bacci – “…”. “…”. “…”"): the ones after it go on that speaker's words
        Attributed previous = quote.previousDone();
        boolean previousInRun = before > 0 && previous != null && previous.quotation().open() == quotations.get(at - 1).open();
        return previousInRun && previous.attribution() != null ? null : Decision.named(null);
    }

    /** Whether only spaces, commas, semicolons and stops stand between the two quotations, on one line. */
    private static boolean sideBySide(String text, Quotation before, Quotation after) {
        for (int i = before.close(); i < after.open(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != ',' && c != ';' && c != '.' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
