package newsroom.annotator.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import newsroom.annotator.dictionaries.TextKey;
import newsroom.annotator.model.TextRange;

/**
 * Where a person's name starts in a language that writes every noun with a capital: at its first name.
 * Capitals there mark nouns as much as names, so "Gemeinderat Günter Salchner" is Günter Salchner, and
 * "Ortsteil Dorfmark", "Eisbären Berlin" or "Kita-Gebühren Luft", which no first name opens, are nobody's
 * name. One capitalised word is a name where the article writes it right after a first name somewhere
 * ("Mitterhofer" after "Christoph Mitterhofer"), not where it follows a noun ("Meisterfavorit Pipinsried");
 * names in a language that capitalises only names are read by their capitals.
 */
final class FirstNameStart {

    private final TokenView view;
    private final ReportingCues cues;
    private final IntFunction<String> languageAt;
    /** The words the article writes right after a first name ("Mitterhofer" of "Christoph Mitterhofer"), read when first asked. */
    private Set<String> surnames;

    FirstNameStart(TokenView view, ReportingCues cues, IntFunction<String> languageAt) {
        this.view = view;
        this.cues = cues;
        this.languageAt = languageAt;
    }

    /**
     * The name from its first name on; the name as it is where capitals mark names only or it is one word
     * ({@link #writtenAsName} tells about that one); its last word where no first name opens it and that word is a
     * surname the article writes after a first name; null where a noun-capitalising language writes other words.
     */
    TextRange person(TextRange name) {
        if (!cues.capitalisesNouns(languageAt.apply(name.start()))) {
            return name;
        }
        List<Token> words = view.tokens(name.start(), name.end()).stream().filter(Token::word).toList();
        if (words.size() < 2) {
            return name;
        }
        for (Token word : words) {
            if (cues.isFirstName(word)) {
                return word.start() == name.start() ? name : new TextRange(word.start(), name.end());
            }
        }
        // "sagt Jagdpächter Hengstmann" after "Michael Hengstmann": a surname the article wrote after a first name ends
        // the words, the nouns before it say what the person is
        Token last = words.get(words.size() - 1);
        return writtenAsName(last) ? new TextRange(last.start(), last.end()) : null;
    }

    /** Whether capitals mark every noun in the language at {@code at}, not names only. */
    boolean capitalisesNouns(int at) {
        return cues.capitalisesNouns(languageAt.apply(at));
    }

    /**
     * Whether the article writes the one word as a name: a first name itself, or a word it writes right after a
     * first name ("Mitterhofer" after "Christoph Mitterhofer"), as it writes no noun ("Meisterfavorit Pipinsried").
     */
    boolean writtenAsName(Token word) {
        return cues.isFirstName(word) || surnames().contains(TextKey.of(word.lower()));
    }

    private Set<String> surnames() {
        if (surnames == null) {
            surnames = new HashSet<>();
            List<Token> tokens = view.tokens(0, view.text().length());
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (!cues.isFirstName(tokens.get(i)) || !tokens.get(i).capitalised(view.text())) {
                    continue;
                }
                int k = i + 1;
                while (k < tokens.size() && tokens.get(k).word() && tokens.get(k).capitalised(view.text())) {
                    surnames.add(TextKey.of(tokens.get(k).lower()));
                    k++;
                }
            }
        }
        return surnames;
    }
}
