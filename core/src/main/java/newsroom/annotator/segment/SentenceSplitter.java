package newsroom.annotator.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.TextRange;

/**
 * Splits a paragraph into sentences with ICU4J's sentence rules, and mends the three places where those
 * rules break a sentence of news copy in two: after a known abbreviation ("U.K.", "Mr.", "Sr.",
 * "EE.UU."), after a name's initial ("George W. Bush", "Leonardo J. Calderón"), and after a question or
 * exclamation that the sentence goes on from in lower case ("“IT IS MY HOME!!!” he wrote", "¿la razón?
 * utilizar una imagen…"). The lists of every configured language apply to every paragraph: splitting
 * comes before language detection, and mixed articles write "EE.UU." in English prose as often as "U.S."
 * in Spanish. Thread-safe: each thread gets its own iterator.
 */
public final class SentenceSplitter {

    private final Set<String> abbreviations;
    /** Small words that open a sentence ("The", "He", "Luego"): after "Plan B." one of them starts a new one. */
    private final Set<String> sentenceStarters;
    private final ThreadLocal<BreakIterator> iterators;

    public SentenceSplitter(Collection<String> abbreviations, Collection<String> sentenceStarters) {
        this.abbreviations = Set.copyOf(abbreviations);
        Set<String> starters = new HashSet<>();
        for (String starter : sentenceStarters) {
            starters.add(starter.toLowerCase(Locale.ROOT));
        }
        this.sentenceStarters = Set.copyOf(starters);
        // ICU's own English exceptions catch single-period words; ICU does not honour those with inner
        // periods ("U.S. Department" breaks), so the merge in split() applies the dictionaries' lists
        this.iterators = ThreadLocal.withInitial(() -> FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH)
                .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ROOT)));
    }

    /**
     * A splitter with the {@code abbreviations} of the given languages, and as sentence starters the first
     * word of each entry of their {@code articles}, {@code pronouns} and {@code function-words}.
     */
    public static SentenceSplitter forLanguages(Dictionaries dictionaries, List<String> languages) {
        List<String> starters = new ArrayList<>();
        for (String list : List.of("articles", "pronouns", "function-words")) {
            for (String entry : dictionaries.list(languages, list)) {
                String[] words = entry.strip().split("\\s+");
                if (!words[0].isEmpty()) {
                    starters.add(words[0]);
                }
            }
        }
        return new SentenceSplitter(dictionaries.list(languages, "abbreviations"), starters);
    }

    /** The sentences of text[start, end), without the white space around them. */
    public List<TextRange> split(String text, int start, int end) {
        BreakIterator iterator = iterators.get();
        // a hard-wrapped paragraph's line breaks are spaces of its sentences (ICU ends a sentence at each)
        iterator.setText(text.substring(start, end).replace('\n', ' ').replace('\r', ' '));
        List<TextRange> sentences = new ArrayList<>();
        int from = iterator.first();
        for (int to = iterator.next(); to != BreakIterator.DONE; from = to, to = iterator.next()) {
            TextRange sentence = Trim.range(text, start + from, start + to);
            if (sentence == null) {
                continue;
            }
            int last = sentences.size() - 1;
            int closers = last >= 0 ? spacedClosers(text, sentences.get(last), sentence) : 0;
            if (closers > 0) {
                // "c’est « un moment historique. » Pour Ary Chalus": ICU ends the sentence at the stop, before the closing
                // mark the French space sets apart; the mark closes the sentence before
                sentences.set(last, new TextRange(sentences.get(last).start(), sentence.start() + closers));
                sentence = Trim.range(text, sentence.start() + closers, sentence.end());
                if (sentence == null) {
                    continue;
                }
            }
            if (last >= 0 && goesOn(text, sentences.get(last), sentence)) {
                sentences.set(last, new TextRange(sentences.get(last).start(), sentence.end()));
            } else {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /**
     * How many closing marks ({@link #isCloser}) open {@code next} when {@code previous} ends in a stop: marks followed by
     * white space or nothing ("» Pour"), as a closing mark set apart by a space is; an opening one is followed by its word
     * ("»Das", "“We").
     */
    private static int spacedClosers(String text, TextRange previous, TextRange next) {
        char end = text.charAt(previous.end() - 1);
        if (end != '.' && end != '!' && end != '?' && end != '…') {
            return 0;
        }
        int at = next.start();
        while (at < next.end() && isCloser(text.charAt(at))) {
            at++;
        }
        return at > next.start() && (at == next.end() || Trim.isBlank(text.charAt(at))) ? at - next.start() : 0;
    }

    /** Whether {@code next} is the rest of the sentence ICU ended at the end of {@code previous}. */
    private boolean goesOn(String text, TextRange previous, TextRange next) {
        String lastWord = lastWord(text, previous);
        return abbreviations.contains(lastWord)
                || (isInitial(lastWord) && afterAName(text, previous, lastWord) && startsAName(text, next))
                || (endsInQuestionOrExclamation(text, previous) && startsInLowerCase(text, next));
    }

    /**
     * The sentence's last word without the punctuation before it: "(EE.UU." and "“Sr." end in an abbreviation too, and
     * so does "l’avv.", the article elided before it.
     */
    private static String lastWord(String text, TextRange sentence) {
        int end = sentence.end();
        int begin = end;
        while (begin > sentence.start() && !Trim.isBlank(text.charAt(begin - 1))) {
            begin--;
        }
        while (begin < end && !Character.isLetterOrDigit(text.charAt(begin))) {
            begin++;
        }
        String word = text.substring(begin, end);
        int apostrophe = Math.max(word.lastIndexOf('’'), word.lastIndexOf('\''));
        return apostrophe > 0 && apostrophe < word.length() - 1 ? word.substring(apostrophe + 1) : word;
    }

    /** "W.", "J.": one capital letter and its period. */
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    }

    /** The word before the initial is a capitalized name or another initial: "George W.", "J. R.". */
    private static boolean afterAName(String text, TextRange sentence, String initial) {
        int at = sentence.end() - initial.length() - 1;
        while (at > sentence.start() && Trim.isBlank(text.charAt(at))) {
            at--;
        }
        if (at <= sentence.start() || !Character.isLetter(text.charAt(at)) && text.charAt(at) != '.') {
            return false;
        }
        int begin = at;
        while (begin > sentence.start() && !Trim.isBlank(text.charAt(begin - 1))) {
            begin--;
        }
        return Character.isUpperCase(text.charAt(begin));
    }

    /** The next part opens with a capitalized word that is no sentence starter: "Bush said", not "The panel". */
    private boolean startsAName(String text, TextRange next) {
        int end = next.start();
        while (end < next.end() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(next.start(), end);
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && !sentenceStarters.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "…HOME!!!”", "¿la razón?": a question or exclamation mark, perhaps inside closing quotes or brackets. */
    private static boolean endsInQuestionOrExclamation(String text, TextRange sentence) {
        int at = sentence.end() - 1;
        while (at > sentence.start() && isCloser(text.charAt(at))) {
            at--;
        }
        char mark = text.charAt(at);
        return mark == '?' || mark == '!';
    }

    private static boolean isCloser(char c) {
        int type = Character.getType(c);
        return type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.END_PUNCTUATION
                || c == '"' || c == '\'' || c == '»' || c == '“';
    }

    /** "he wrote", "—preguntó": the sentence goes on in lower case, perhaps after a dialogue dash. */
    private static boolean startsInLowerCase(String text, TextRange next) {
        int at = next.start();
        while (at < next.end() && (text.charAt(at) == '—' || text.charAt(at) == '–' || Trim.isBlank(text.charAt(at)))) {
            at++;
        }
        return at < next.end() && Character.isLowerCase(text.charAt(at));
    }
}
