package newsroom.annotator.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import newsroom.annotator.model.TextRange;

/**
 * Splits a paragraph into sentences with ICU4J's sentence rules, never after a known abbreviation
 * ("U.K.", "Mr.", "Sr.", "EE.UU."). The abbreviations of every configured language apply to every
 * paragraph: splitting comes before language detection (a sentence's language is read from the
 * sentence itself), and mixed articles write "EE.UU." in English prose as often as "U.S." in Spanish.
 * Thread-safe: each thread gets its own iterator.
 */
public final class SentenceSplitter {

    private final Set<String> abbreviations;
    private final ThreadLocal<BreakIterator> iterators;

    public SentenceSplitter(Collection<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
        // ICU's own English exceptions catch single-period words; ICU does not honour those with inner
        // periods ("U.S. Department" breaks), so the merge in split() applies the dictionaries' lists
        this.iterators = ThreadLocal.withInitial(() -> FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH)
                .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ROOT)));
    }

    /** The sentences of text[start, end), without the white space around them. */
    public List<TextRange> split(String text, int start, int end) {
        BreakIterator iterator = iterators.get();
        iterator.setText(text.substring(start, end));
        List<TextRange> sentences = new ArrayList<>();
        int from = iterator.first();
        for (int to = iterator.next(); to != BreakIterator.DONE; from = to, to = iterator.next()) {
            TextRange sentence = Trim.range(text, start + from, start + to);
            if (sentence == null) {
                continue;
            }
            int last = sentences.size() - 1;
            if (last >= 0 && endsWithAbbreviation(text, sentences.get(last))) {
                sentences.set(last, new TextRange(sentences.get(last).start(), sentence.end()));
            } else {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private boolean endsWithAbbreviation(String text, TextRange sentence) {
        int end = sentence.end();
        int begin = end;
        while (begin > sentence.start() && !Trim.isBlank(text.charAt(begin - 1))) {
            begin--;
        }
        // "(EE.UU." and "“Sr." end in an abbreviation too
        while (begin < end && !Character.isLetterOrDigit(text.charAt(begin))) {
            begin++;
        }
        return begin < end && abbreviations.contains(text.substring(begin, end));
    }
}
