package newsroom.annotator.quotes;

import java.util.List;

/**
 * A quotation the narrator's words right after it say is a text, naming no author: "«…», fue el mensaje que
 * recibió la actriz", "«…», es la sinopsis oficial de la serie", "“…”, fue una de éstas". A form of "to be" and
 * a determiner follow the quotation ({@code grammar.txt}: {@code copulas}); no link to an author named or given a
 * role ({@code author-links}: "fue la respuesta del funcionario", not "de la serie") nor a possessive ("fueron
 * sus palabras") stands in the rest of the sentence. Nobody named said it: not the one who spoke last.
 */
final class TextPredicateSieve implements Sieve {

    @Override
    public String name() {
        return "text-predicate";
    }

    @Override
    public Decision decide(QuoteContext quote) {
        Reading reading = quote.reading();
        ReportingCues cues = reading.cues();
        List<Token> after = reading.view().tokens(quote.quotation().close(), quote.closeSentence().end());
        int i = 0;
        while (i < after.size() && !after.get(i).word() && !after.get(i).is('.')) {
            i++;
        }
        if (i + 1 >= after.size() || !cues.isCopula(after.get(i)) || !cues.isArticle(after.get(i + 1))) {
            return null;
        }
        String text = reading.text();
        for (int k = i + 2; k < after.size(); k++) {
            if (cues.isPossessive(after.get(k)) || (cues.isAuthorLink(after.get(k)) && someoneAt(cues, text, after, k + 1))) {
                return null;
            }
        }
        return new Decision(null, null, false);
    }

    /** Whether a name or a role stands at {@code at}, its article aside: the author a link brings in ("del intendente"). */
    private static boolean someoneAt(ReportingCues cues, String text, List<Token> tokens, int at) {
        int k = at < tokens.size() && cues.isArticle(tokens.get(at)) ? at + 1 : at;
        return k < tokens.size() && (tokens.get(k).capitalised(text) || cues.roleAt(tokens, k) > 0);
    }
}
