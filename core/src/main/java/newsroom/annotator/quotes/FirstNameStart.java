package newsroom.annotator.quotes;

import java.util.List;
import java.util.function.IntFunction;
import newsroom.annotator.model.TextRange;

/**
 * Where a person's name starts in a language that writes every noun with a capital: at its first name.
 * Capitals there mark nouns as much as names, so "Gemeinderat Günter Salchner" is Günter Salchner, and
 * "Ortsteil Dorfmark", "Eisbären Berlin" or "Kita-Gebühren Luft", which no first name opens, are nobody's
 * name. One capitalised word is left as it is (a surname the article gave a first name elsewhere); names in
 * a language that capitalises only names are read by their capitals.
 */
final class FirstNameStart {

    private final TokenView view;
    private final ReportingCues cues;
    private final IntFunction<String> languageAt;

    FirstNameStart(TokenView view, ReportingCues cues, IntFunction<String> languageAt) {
        this.view = view;
        this.cues = cues;
        this.languageAt = languageAt;
    }

    /**
     * The name from its first name on; the name as it is where capitals mark names only or it is one word;
     * null where a noun-capitalising language writes words no first name opens.
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
        return null;
    }
}
