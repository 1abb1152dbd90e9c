package newsroom.annotator.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.pipeline.Deadline;
import newsroom.annotator.segment.Trim;

/**
 * Finds quotations in the prose by their marks: “…”, "…", «…» (the spaces French sets inside left out),
 * „…“ (its opening mark typed as two commas too: ,,…“), German »…« (a » before a word that a « closes later
 * in the paragraph), with ‘…’, '…', ‹…›, ›…‹, ‚…‘ (or any other pair) nested inside, ‘…’ and '…' alone, and
 * the dialogue dash of the languages that open a turn with one; the narrator's words between dashes ("—dijo—")
 * are left out of both, or kept inside the quotation in the languages whose quotations keep them ("“Mi ha molto
 * colpito – ha aggiunto – la nota”").
 * A quotation left open at the end of a paragraph goes on when the next paragraph opens with the same mark,
 * as newspapers print quotes over paragraphs.
 * Apostrophes ("Assange’s", "rock 'n' roll", "’90s") are told from single quotation marks by the letters
 * around them; a quotation opened by a single mark must close in its paragraph. Thread-safe.
 */
final class QuotationFinder {

    /** Every quotation mark, double, single and angle, of the languages read. */
    static final String MARKS = "\"'“”„«»‘’‹›‚";

    /** A position not read yet. */
    private static final int UNREAD = -2;

    /** A reporting clause after a quotation is a few words: "confesó la cantante", "said the former minister". */
    private static final int CLAUSE_MAX_WORDS = 8;
    /** A statement in single marks has more words than a title or a nickname: "‘It all came together for us on the day.’" */
    private static final int STATEMENT_MIN_WORDS = 6;
    /** A paragraph that lost its opening mark quotes a statement: a few words at least, no title or name. */
    private static final int LOST_MARK_MIN_WORDS = 5;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** How many paragraphs without a quotation mark a quotation whose marks the page lost may run over. */
    private static final int MAX_UNMARKED_PARAGRAPHS = 3;
    /** How many paragraphs a statement in single marks may run over, each reopening with the mark, before one closes it. */
    private static final int MAX_REOPENED_PARAGRAPHS = 8;
    /** How many spans of page chrome (an advertisement's label, a caption) may stand between two paragraphs of a quotation. */
    private static final int MAX_CHROME_SPANS = 4;

    private final Predicate<CharSequence> narrates;
    /** Languages whose writers open a paragraph of speech with a dash. */
    private final Set<String> dialogueLanguages;
    /** Languages whose quotations keep the narrator's aside between dashes inside them. */
    private final Set<String> asideLanguages;

    /**
     * @param narrates          whether the words after a dash inside a dialogue turn are the narrator's (hold a cue)
     * @param dialogueLanguages the languages whose writers open a paragraph of speech with a dash
     * @param asideLanguages    the languages whose quotations keep the narrator's aside between dashes inside them
     */
    QuotationFinder(Predicate<CharSequence> narrates, Set<String> dialogueLanguages, Set<String> asideLanguages) {
        this.narrates = narrates;
        this.dialogueLanguages = Set.copyOf(dialogueLanguages);
        this.asideLanguages = Set.copyOf(asideLanguages);
    }

    /** The quotations of the prose spans, in text order. */
    List<Quotation> find(String text, List<Span> spans) {
        List<Quotation> found = new ArrayList<>();
        Scan open = null;
        boolean lastWasDialogue = false;
        Deadline deadline = Deadline.current();
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            deadline.check();
            if (open != null && interrupts(text, span) && goesOnAfterChrome(text, spans, s, open.outerMark())) {
                // an advertisement's label, a photo's caption or a "see also" line the page set between two
                // paragraphs of one statement ("‘… the game." / "Hide Ad" / "‘But that's …"): the quotation goes on
                continue;
            }
            if (!isProse(span)) {
                if (open != null) {
                    addIfAny(text, found, withoutReportingClause(text, open.unclosed()));
                    open = null;
                }
                lastWasDialogue = false;
                continue;
            }
            int from = span.start();
            if (open != null) {
                if (isSingle(open.outerMark())) {
                    // single marks that open a quotation close it in their paragraph, else they were not one,
                    // unless each paragraph after reopens with the mark until one closes it, as British papers
                    // print a statement over paragraphs ("told the AGM: 'On the subject …" / "'I'm not …" / "'No … experienced.'")
                    open = reopenedUntilClosed(text, spans, s, open.outerMark()) ? open : null;
                    if (open != null) {
                        from = open.continueAt(span, true);
                    }
                } else if (opensWith(text, span, open.outerMark())) {
                    from = open.continueAt(span, true);
                } else if (closesFirst(text, span, open.outerMark()) || closesAfterUnmarked(text, spans, s, open.outerMark())) {
                    // the page lost the repeated opening mark, but this paragraph (or one a few paragraphs
                    // without marks later) ends the quotation
                    from = open.continueAt(span, false);
                } else {
                    addIfAny(text, found, withoutReportingClause(text, open.unclosed()));
                    open = null;
                }
            }
            if (open == null && opensDialogue(text, span, lastWasDialogue)) {
                found.addAll(dialogueTurns(text, span));
                lastWasDialogue = true;
                continue;
            }
            lastWasDialogue = false;
            Quotation lost = open == null ? lostOpeningMark(text, span) : null;
            if (lost != null) {
                found.add(lost);
                continue;
            }
            open = scan(text, span, from, open, found);
        }
        if (open != null && !isSingle(open.outerMark())) {
            addIfAny(text, found, withoutReportingClause(text, open.unclosed()));
        }
        found.removeIf(quotation -> narrationBetween(text, quotation));
        return splitAtInterjections(text, found, spans);
    }

    /**
     * Whether the "quotation" opens with a comma or a full stop and a space: the narrator's words between a closing mark
     * and the next opening one, the marks read the wrong way round (“…”, meinte Schulz. “…” where a mark is lost or
     * turned); words that open with an ellipsis ("... there is no need") are quoted.
     */
    private static boolean narrationBetween(String text, Quotation quotation) {
        int at = quotation.start();
        while (at < quotation.end() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at + 1 < quotation.end() && (text.charAt(at) == ',' || text.charAt(at) == '.')
                && Character.isWhitespace(text.charAt(at + 1));
    }

    /**
     * "«Es un disparate de ley —afirmó el vocero— y nos opondremos»": the narrator's words between dashes
     * inside a quotation are not quoted; the quotation becomes two around them, the second marked as joining
     * the first where the paragraph's language keeps such asides inside its quotations.
     */
    private List<Quotation> splitAtInterjections(String text, List<Quotation> quotations, List<Span> spans) {
        List<Quotation> split = new ArrayList<>(quotations.size());
        int s = 0;
        for (Quotation quotation : quotations) {
            while (s + 1 < spans.size() && spans.get(s).end() <= quotation.open()) {
                s++;
            }
            String language = spans.get(s).language().language();
            boolean keepsAsides = language != null && asideLanguages.contains(language);
            Quotation rest = quotation;
            while (!rest.dialogue() && !rest.overParagraphs()) {
                TextRange words = rest.pieces().get(0);
                int dash = nextInterjection(text, words.start(), words.end());
                int closing = dash < 0 ? -1 : nextDash(text, dash + 1, words.end());
                TextRange before = dash < 0 ? null : Trim.range(text, words.start(), dash);
                int resume = closing < 0 ? -1 : skipNarratorPunctuation(text, closing + 1, words.end());
                TextRange after = resume < 0 ? null : Trim.range(text, resume, words.end());
                if (before == null || after == null) {
                    break;
                }
                split.add(new Quotation(rest.open(), dash, List.of(before), false, rest.joinsPrevious()));
                rest = new Quotation(closing, rest.close(), List.of(after), false, keepsAsides);
            }
            split.add(rest);
        }
        return split;
    }

    /**
     * A quotation over paragraphs as newspapers print it, one part for each paragraph: one that opens with
     * the quotation mark again or stands after a blank line; a line that goes on without the mark after a
     * mere line break (the page broke one paragraph into lines) stays with the part before it.
     */
    static List<Quotation> byReopenedParagraph(String text, Quotation quotation) {
        if (!quotation.overParagraphs()) {
            return List.of(quotation);
        }
        List<Quotation> parts = new ArrayList<>();
        List<TextRange> part = new ArrayList<>();
        for (TextRange piece : quotation.pieces()) {
            if (!part.isEmpty() && reopened(text, piece.start())) {
                parts.add(new Quotation(quotation.open(), quotation.close(), part, false));
                part = new ArrayList<>();
            }
            part.add(piece);
        }
        parts.add(new Quotation(quotation.open(), quotation.close(), part, false));
        return parts;
    }

    /**
     * "Il y a plusieurs modus operandi, nous confirme le commissaire … par des Vélux”.", "Não adianta passar a patrola, …
     * de boa vontade”, pontua.": a paragraph whose only quotation mark is a closing ” or » at its end, or before a short
     * reporting clause that ends it, is a quotation whose opening mark the page lost, from the paragraph's start; null for
     * any other paragraph, or one a colon divides (the narrator's words may open it: "explicó: Nuestro …”").
     */
    private static Quotation lostOpeningMark(String text, Span span) {
        if (!Character.isUpperCase(text.codePointAt(span.start()))) {
            return null;
        }
        // the paragraph's last quotation mark, read from its end: most paragraphs are turned down by their last words
        int mark = span.end() - 1;
        while (mark >= span.start() && !quotationMark(text, span, mark)) {
            mark--;
        }
        if (mark < span.start() || (text.charAt(mark) != '”' && text.charAt(mark) != '»')) {
            return null;
        }
        String after = text.substring(mark + 1, span.end()).strip();
        boolean ends = after.chars().allMatch(c -> ".,;!?…".indexOf(c) >= 0);
        boolean clause = after.startsWith(",") && words(after) <= CLAUSE_MAX_WORDS;
        if (!(ends || clause)) {
            return null;
        }
        // (the colon looked for within the paragraph only: a page of such paragraphs stays linear)
        for (int i = span.start(); i < mark; i++) {
            if (text.charAt(i) == ':' || quotationMark(text, span, i)) {
                return null;
            }
        }
        TextRange quoted = Trim.range(text, span.start(), mark);
        if (quoted == null || words(text.substring(quoted.start(), quoted.end())) < LOST_MARK_MIN_WORDS) {
            return null;
        }
        return new Quotation(span.start(), mark + 1, List.of(quoted), false);
    }

    /** Whether text[at] is a quotation mark, not an apostrophe inside a word ("n'hésite", "d’Agri"). */
    private static boolean quotationMark(String text, Span span, int at) {
        boolean apostrophe = at > span.start() && at + 1 < span.end() && Character.isLetter(text.charAt(at - 1))
                && Character.isLetter(text.charAt(at + 1));
        return isMark(text.charAt(at)) && !apostrophe;
    }

    /** How many words, parted by blanks, the text holds. */
    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : WHITE_SPACE.split(stripped).length;
    }

    /** Whether a quotation mark or a blank line stands right before {@code at}, blanks aside. */
    private static boolean reopened(String text, int at) {
        int i = at - 1;
        int lineBreaks = 0;
        while (i >= 0 && Trim.isBlank(text.charAt(i))) {
            lineBreaks += text.charAt(i) == '\n' ? 1 : 0;
            i--;
        }
        return i >= 0 && (isMark(text.charAt(i)) || lineBreaks >= 2);
    }

    /** Whether two quotations are the parts of one around the narrator's aside: no quotation mark stands between them. */
    static boolean aroundAside(String text, Quotation before, Quotation after) {
        for (int i = before.close(); i < after.open(); i++) {
            if (isMark(text.charAt(i)) && !Character.isLetter(text.charAt(i - 1))) {
                return false;
            }
        }
        return before.close() < after.open();
    }

    private static int skipNarratorPunctuation(String text, int from, int to) {
        int at = from;
        while (at < to && (Trim.isBlank(text.charAt(at)) || ".,;:".indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        return at;
    }

    /**
     * A quotation whose closing mark the page lost ran to the end of its paragraph; when that ends with a
     * short reporting clause after a comma ("“Estoy enamorada de una mujer…, confesó la cantante"), the
     * quotation ends before the comma and the clause is the narrator's.
     */
    private Quotation withoutReportingClause(String text, Quotation quotation) {
        if (quotation == null || quotation.overParagraphs() || quotation.dialogue()) {
            return quotation;
        }
        TextRange words = quotation.pieces().get(0);
        int comma = text.lastIndexOf(',', words.end() - 1);
        if (comma <= words.start()) {
            return quotation;
        }
        String clause = text.substring(comma + 1, words.end());
        TextRange kept = Trim.range(text, words.start(), comma + 1);
        if (kept == null || clause.strip().split("\\s+").length > CLAUSE_MAX_WORDS || !narrates.test(clause)) {
            return quotation;
        }
        return new Quotation(quotation.open(), comma + 1, List.of(kept), false);
    }

    /** Adds the quotation when it quotes a word: marks around a lone period (" ".) quote nothing. */
    private static void addIfAny(String text, List<Quotation> found, Quotation quotation) {
        if (quotation != null && quotation.pieces().stream().anyMatch(piece -> quotesAWord(text, piece))) {
            found.add(quotation);
        }
    }

    private static boolean quotesAWord(String text, TextRange piece) {
        for (int i = piece.start(); i < piece.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Posts, bylines and boilerplate are not the article's prose; a line typed chrome only for where it
     * stands may still be (a quoted headline above what was taken for the headline).
     */
    static boolean isProse(Span span) {
        return span.type() != SpanType.POST
                && (span.typedByPlace() || (span.type() != SpanType.BYLINE && span.type() != SpanType.BOILERPLATE));
    }

    /**
     * Scans one paragraph from {@code from}, adding the quotations it closes to {@code found}; returns the
     * quotation still open at its end, or null.
     */
    private static Scan scan(String text, Span span, int from, Scan carried, List<Quotation> found) {
        Scan current = carried;
        // the paragraph's last “, read once and only when two commas may open a quotation: most paragraphs have none
        int lastHighMark = UNREAD;
        // and its last » or ”, read once and only when a « stands in it
        int lastGuillemetCloser = UNREAD;
        for (int i = from; i < span.end(); i++) {
            char c = text.charAt(i);
            boolean commas = c == ',' && twoCommasOpening(text, i, span.end());
            if (commas && lastHighMark == UNREAD) {
                lastHighMark = Math.max(lastIn(text, '“', from, span.end()), lastIn(text, '"', from, span.end()));
            }
            commas &= lastHighMark > i + 2;
            if (!isMark(c) && !commas) {
                continue;
            }
            // some pages double a single mark for a double one: ''…'', ‘‘…’’; and type „ as two commas: ,,…“
            int width = commas || doubled(text, i, span.end()) ? 2 : 1;
            if (commas) {
                c = '„';
            } else if (width == 2) {
                c = asDouble(c);
            }
            if (c == '«' && lastGuillemetCloser == UNREAD) {
                lastGuillemetCloser = lastCloserIn(text, from, span.end());
            }
            char prev = i > span.start() ? text.charAt(i - 1) : ' ';
            char next = i + width < span.end() ? text.charAt(i + width) : ' ';
            if (current == null) {
                // some pages quote with single marks ('¿Por qué hago esto? …', dijo el jugador): such a
                // quotation counts only when a reporting verb goes with it (see singleMarked)
                if (opensOuter(c, prev, next) || (isSingle(c) && opensNested(c, prev, next))
                        || (c == '"' && opensSpaced(text, i, span))
                        || (c == '»' && (opensReversed(text, i, span.end()) || opensAfterColon(text, i, span, '«')
                            || opensBeforeItsCloser(text, i, span)))
                        || (c == '”' && (opensAfterColon(text, i, span, '”') || opensLikeItsCloser(text, i, span)))) {
                    current = new Scan(c, i, i + width, span, text);
                }
            } else if (c == '"' && width == 1 && Character.valueOf('"').equals(current.marks.peek())
                    && opensInsideStraight(text, i, prev, next, span.end())) {
                // "Sono felice che anche "Malgrate Più" abbia preso a cuore il problema": inside a quotation a straight
                // mark opened, one after a blank and before a word opens words quoted within it
                current.marks.push(c);
            } else if (c == '“' && width == 1 && current.marks.size() == 1 && Character.valueOf('“').equals(current.marks.peek())
                    && reopensAfterStop(text, i, span.start(), prev, next)) {
                // "… do Largo da Feira. “Ou colocamos todos …”": the page left the quotation unclosed at its sentence's
                // stop, and a new one opens after it
                addIfAny(text, found, current.closedAt(i - 1, 1));
                current = new Scan(c, i, i + width, span, text);
            } else if (c == '«' && current.marks.size() == 1 && Character.valueOf('«').equals(current.marks.peek())
                    && lastGuillemetCloser < current.open) {
                // "« On essaye de mettre tout en œuvre « dit Thomas Baudin": a page that types « for » too; a « inside a
                // quotation « opened, no » nor ” in the paragraph since it opened, closes it
                addIfAny(text, found, current.closedAt(i, width));
                current = null;
            } else if (current.close(c, prev, next)) {
                addIfAny(text, found, current.closedAt(i, width));
                current = null;
            } else if (opensNested(c, prev, next)) {
                current.marks.push(c);
            }
            i += width - 1;
        }
        return current;
    }

    /**
     * Whether the straight mark at {@code at}, a blank before it and a letter or figure after it, opens a quotation
     * inside one a straight mark opened: two more straight marks follow in the paragraph, one to close each (the
     * search stops at the second, so a paragraph is read once however many marks it holds).
     */
    private static boolean opensInsideStraight(String text, int at, char prev, char next, int end) {
        if (!Character.isWhitespace(prev) || !Character.isLetterOrDigit(next)) {
            return false;
        }
        int after = 0;
        for (int i = at + 1; i < end && after < 2; i++) {
            if (text.charAt(i) == '"') {
                after++;
            }
        }
        return after == 2;
    }

    /**
     * Whether an opening mark at {@code at}, inside a quotation that mark opened, follows a sentence's stop and a blank
     * and comes before a capital: the quotation before was left unclosed, and this one starts anew.
     */
    private static boolean reopensAfterStop(String text, int at, int from, char prev, char next) {
        return at - 2 >= from && Character.isWhitespace(prev) && ".!?".indexOf(text.charAt(at - 2)) >= 0
                && Character.isUpperCase(next);
    }

    /** Where the last » or ” of text[from, to) stands, or -1: the marks that could close a quotation « opened. */
    private static int lastCloserIn(String text, int from, int to) {
        return Math.max(lastIn(text, '»', from, to), lastIn(text, '”', from, to));
    }

    /** Where the last {@code mark} of text[from, to) stands, or -1: read back from the end, never before {@code from}. */
    private static int lastIn(String text, char mark, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == mark) {
                return i;
            }
        }
        return -1;
    }

    /**
     * ",,chancenlos“": two commas before a word's first letter, not after a letter or a figure, as some German pages
     * type the low opening mark (a “ or a straight " must close it later in the paragraph).
     */
    private static boolean twoCommasOpening(String text, int at, int end) {
        return at + 2 < end && text.charAt(at + 1) == ',' && Character.isLetter(text.charAt(at + 2))
                && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)));
    }

    /** Two single marks in a row: ''…'', ‘‘…’’, and the curly pair ‘’…’’ that some pages type for “…”. */
    private static boolean doubled(String text, int at, int end) {
        char c = text.charAt(at);
        if (at + 1 >= end) {
            return false;
        }
        char next = text.charAt(at + 1);
        return (isSingle(c) || c == '’') && (next == c || (c != '\'' && (next == '‘' || next == '’')));
    }

    /** The double mark that a doubled single mark stands for. */
    private static char asDouble(char single) {
        return switch (single) {
            case '‘' -> '“';
            case '’' -> '”';
            default -> '"';
        };
    }

    static boolean isMark(char c) {
        return MARKS.indexOf(c) >= 0;
    }

    /**
     * German »…«: a » before a word's first letter, not after one (the French closing » follows the
     * quoted words), opens a quotation when a « closes it later in the paragraph.
     */
    private static boolean opensReversed(String text, int at, int end) {
        char prev = at > 0 ? text.charAt(at - 1) : ' ';
        char next = at + 1 < end ? text.charAt(at + 1) : ' ';
        return !Character.isLetterOrDigit(prev) && (Character.isLetterOrDigit(next) || next == '‹' || next == '›')
                && text.indexOf('«', at + 1) >= 0 && text.indexOf('«', at + 1) < end;
    }

    /**
     * "el cantante expresó: ” Estamos pasando momentos difíciles …”": a closing mark right after a colon,
     * with {@code closer} to close it later in the paragraph, opens the quotation the colon announces (as
     * Swedish and Finnish write ”…” too, and some French pages » … « with its spaces: "Laurent est surpris : »
     * Je n’ai pas d’avocat. Je ne comprends pas « .").
     */
    private static boolean opensAfterColon(String text, int at, Span span, char closer) {
        int before = at - 1;
        while (before > span.start() && Trim.isBlank(text.charAt(before))) {
            before--;
        }
        int close = text.indexOf(closer, at + 1);
        if (before < span.start() || text.charAt(before) != ':' || close < 0 || close >= span.end()) {
            return false;
        }
        for (int k = at + 1; k < close; k++) {
            if (Character.isLetter(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ha definito Campus un ”uomo solo al comando” che …": a ” after a blank and before a letter opens a quotation that
     * another ” closes later in the paragraph, as some pages type ”…” for “…”; so does one that opens the paragraph
     * ("”Nous devons faire un détour …”, nous explique Raphaël B.").
     */
    private static boolean opensLikeItsCloser(String text, int at, Span span) {
        if (!opensBeforeALetter(text, at, span)) {
            return false;
        }
        // (read within the paragraph only: a page of such marks stays linear)
        for (int close = at + 1; close < span.end(); close++) {
            if (text.charAt(close) == '”') {
                return close + 1 >= span.end() || !Character.isLetterOrDigit(text.charAt(close + 1));
            }
        }
        return false;
    }

    /**
     * "\" En piochant dans les provisions … \", met en garde Yves Willaert": some pages set spaces inside
     * straight marks as French does inside « »; a straight mark standing alone between blanks (or opening
     * the paragraph) opens a quotation when a word follows and another straight mark later in the paragraph
     * can close it.
     */
    private static boolean opensSpaced(String text, int at, Span span) {
        if ((at > span.start() && !Trim.isBlank(text.charAt(at - 1))) || at + 1 >= span.end()
                || !Trim.isBlank(text.charAt(at + 1))) {
            return false;
        }
        int word = at + 1;
        while (word < span.end() && Trim.isBlank(text.charAt(word))) {
            word++;
        }
        if (word >= span.end() || !(Character.isLetterOrDigit(text.charAt(word)) || text.charAt(word) == '¿'
                || text.charAt(word) == '¡')) {
            return false;
        }
        int close = text.indexOf('"', word);
        return close > 0 && close < span.end();
    }

    /** Only double marks open a quotation of the article's prose. */
    private static boolean opensOuter(char c, char prev, char next) {
        return switch (c) {
            case '“', '„', '«' -> true;
            case '"' -> !Trim.isBlank(next) && !Character.isLetterOrDigit(prev);
            default -> false;
        };
    }

    private static boolean opensNested(char c, char prev, char next) {
        return switch (c) {
            case '‘' -> !Character.isLetter(prev) && !Trim.isBlank(next);
            // ‹…› inside «…», ›…‹ inside »…« (a › that closes a ‹ was read as closing first), ‚…‘ inside „…“
            case '‹', '›' -> true;
            case '‚' -> !Character.isLetterOrDigit(prev) && !Trim.isBlank(next);
            // before a digit it is an elision ('90s), not a quotation
            case '\'' -> !Character.isLetterOrDigit(prev) && (Character.isLetter(next) || next == '¿' || next == '¡');
            default -> opensOuter(c, prev, next);
        };
    }

    /** Whether the mark at {@code at} opens the paragraph or follows a blank, and a letter follows it. */
    private static boolean opensBeforeALetter(String text, int at, Span span) {
        return (at == span.start() || Trim.isBlank(text.charAt(at - 1))) && at + 1 < span.end() && Character.isLetter(text.charAt(at + 1));
    }

    /**
     * "au cours desquelles »l’accent avait été mis sur … des ménages ».": a » after a blank and right before a letter opens a
     * quotation that a » after a blank closes later in the paragraph, where no « stands, as some pages type »…» for «…».
     */
    private static boolean opensBeforeItsCloser(String text, int at, Span span) {
        if (!opensBeforeALetter(text, at, span)) {
            return false;
        }
        // (read within the paragraph only: a page of such marks stays linear)
        for (int close = at + 1; close < span.end(); close++) {
            char c = text.charAt(close);
            if (c == '«') {
                return false;
            }
            if (c == '»' && Trim.isBlank(text.charAt(close - 1))) {
                return close + 1 >= span.end() || !Character.isLetterOrDigit(text.charAt(close + 1));
            }
        }
        return false;
    }

    /** Whether {@code c} closes a quotation opened with {@code open}, given the characters around it. */
    private static boolean closes(char open, char c, char prev, char next) {
        return switch (open) {
            // “…“ is a common slip for “…”: a “ with nothing to open closes
            // scraped text mixes curly and straight marks: “…" and "…” close too
            case '“' -> c == '”' || ((c == '“' || c == '"') && !Character.isLetterOrDigit(next));
            // scraped text closes the low mark with a straight one too: „…", ,,…"
            case '„' -> c == '“' || c == '”' || (c == '"' && !Character.isLetterOrDigit(next));
            case '”' -> c == '”';
            // «…« is a slip for «…»: a « right after the quoted words and before no word closes («Ya nadie habla de esto«,)
            case '«' -> c == '»' || (c == '«' && !Trim.isBlank(prev) && !Character.isLetterOrDigit(next));
            // (»…» as some French pages type «…»: a » after a blank and before no word closes too)
            case '»' -> c == '«' || (c == '»' && Trim.isBlank(prev) && !Character.isLetterOrDigit(next));
            case '‹' -> c == '›';
            case '›' -> c == '‹';
            case '‚' -> (c == '‘' || c == '’') && !Character.isLetterOrDigit(next);
            case '"' -> c == '"' || c == '”';
            // a mark between two letters is an apostrophe: Assange’s, don't
            case '‘' -> c == '’' && !Character.isLetterOrDigit(next);
            case '\'' -> c == '\'' && !Character.isLetterOrDigit(next) && !Trim.isBlank(prev);
            default -> false;
        };
    }

    private static boolean isSingle(char mark) {
        return mark == '‘' || mark == '\'';
    }

    /**
     * Whether the quotation may be words mentioned as words rather than speech: a few words inside a
     * sentence, or words in single marks (a title, a nickname, scare quotes).
     */
    static boolean weak(String text, Quotation quotation, QuoteKind kind) {
        return kind == QuoteKind.PARTIAL || scareMarked(text, quotation);
    }

    /**
     * Whether single marks set the quotation apart as a title, a nickname or scare quotes do: in single marks,
     * and not a statement that fills its paragraph or runs over paragraphs.
     */
    static boolean scareMarked(String text, Quotation quotation) {
        return singleMarked(text, quotation) && !quotation.overParagraphs() && !fillsParagraph(text, quotation)
                && !wholeSentences(text, quotation);
    }

    /**
     * Whether the quoted words are a sentence or more of their own, a capital first and a stop last, and more words than
     * a title or a nickname holds ("‘It’s a sickener to lose two-in-a-row and nobody would begrudge them …’"): pages
     * that quote with single marks set statements so.
     */
    private static boolean wholeSentences(String text, Quotation quotation) {
        String words = text.substring(quotation.start(), quotation.end()).strip();
        if (words.isEmpty() || !Character.isUpperCase(words.codePointAt(0)) || ".!?…".indexOf(quotation.lastMark(text)) < 0) {
            return false;
        }
        return words(words) >= STATEMENT_MIN_WORDS;
    }

    /**
     * Whether the quotation fills its paragraph ("‘Both teams had spells where they were on top …’" on a line of
     * its own): pages that quote with single marks set a statement so, as no title, nickname or scare quote stands.
     */
    private static boolean fillsParagraph(String text, Quotation quotation) {
        int before = quotation.open() - 1;
        while (before >= 0 && text.charAt(before) != '\n' && Trim.isBlank(text.charAt(before))) {
            before--;
        }
        int after = quotation.close();
        while (after < text.length() && text.charAt(after) != '\n' && (Trim.isBlank(text.charAt(after)) || ".,".indexOf(text.charAt(after)) >= 0)) {
            after++;
        }
        return (before < 0 || text.charAt(before) == '\n') && (after >= text.length() || text.charAt(after) == '\n')
                && quotation.pieces().size() == 1;
    }

    /** Whether the quotation is marked with single quotation marks rather than double ones or a dash. */
    static boolean singleMarked(String text, Quotation quotation) {
        return !quotation.dialogue() && isSingle(text.charAt(quotation.open()))
                && !doubled(text, quotation.open(), quotation.close());
    }

    /**
     * Whether the span is page chrome that may stand between two paragraphs of one quotation: boilerplate or a
     * byline, or a caption with no quotation mark of its own.
     */
    private static boolean interrupts(String text, Span span) {
        if (span.type() == SpanType.CAPTION) {
            return !hasMark(text, span) && !isSingle(text.charAt(span.start()));
        }
        return !isProse(span) && span.type() != SpanType.POST;
    }

    /**
     * Whether the first paragraph after the chrome that starts at span {@code from} (at most {@link #MAX_CHROME_SPANS}
     * spans of it) goes on with the quotation opened with {@code mark}: it reopens with the mark, and a single mark
     * is closed in time, as {@link #reopenedUntilClosed} asks.
     */
    private static boolean goesOnAfterChrome(String text, List<Span> spans, int from, char mark) {
        for (int j = from; j < spans.size() && j <= from + MAX_CHROME_SPANS; j++) {
            Span span = spans.get(j);
            if (interrupts(text, span)) {
                continue;
            }
            if (!isProse(span) || !opensWith(text, span, mark)) {
                return false;
            }
            return !isSingle(mark) || reopenedUntilClosed(text, spans, j, mark);
        }
        return false;
    }

    /** Whether the paragraph opens with the mark that opened the quotation it would continue. */
    private static boolean opensWith(String text, Span span, char mark) {
        char first = text.charAt(span.start());
        return first == mark || (mark == '„' && first == '“') || (mark == '“' && first == '„');
    }

    /**
     * Whether the paragraph at {@code from}, and the next ones up to {@link #MAX_UNMARKED_PARAGRAPHS} in all,
     * hold no quotation mark until a prose paragraph whose first mark closes the quotation ("“Thank you to every person …" / "The night is
     * darkest before the dawn." / "Proud of my guys, 1-0”").
     */
    private static boolean closesAfterUnmarked(String text, List<Span> spans, int from, char mark) {
        for (int j = from; j < spans.size() && j <= from + MAX_UNMARKED_PARAGRAPHS; j++) {
            Span span = spans.get(j);
            if (!isProse(span)) {
                return false;
            }
            if (hasMark(text, span)) {
                return j > from && closesFirst(text, span, mark);
            }
        }
        return false;
    }

    /**
     * Whether the paragraphs from {@code from} on each open with the single {@code mark} (before a letter) until one,
     * at most {@link #MAX_REOPENED_PARAGRAPHS} on, ends with the mark that closes it after a stop or a comma.
     */
    private static boolean reopenedUntilClosed(String text, List<Span> spans, int from, char mark) {
        int paragraphs = 0;
        // (chrome between the paragraphs is passed over, a bounded number of spans in all)
        int reach = from + MAX_REOPENED_PARAGRAPHS * (MAX_CHROME_SPANS + 1);
        for (int j = from; j < spans.size() && j < reach && paragraphs < MAX_REOPENED_PARAGRAPHS; j++) {
            Span span = spans.get(j);
            if (j > from && interrupts(text, span)) {
                continue;
            }
            paragraphs++;
            if (!isProse(span) || span.end() - span.start() < 3 || !opensWith(text, span, mark)
                    || !Character.isLetter(text.charAt(span.start() + 1))) {
                return false;
            }
            int last = Trim.range(text, span.start(), span.end()).end() - 1;
            if (closes(mark, text.charAt(last), text.charAt(last - 1), ' ') && ".,!?…".indexOf(text.charAt(last - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMark(String text, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (isDoubleOrAngle(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A quotation mark that no apostrophe could be: the single ones (' ’ ‘) double as apostrophes. */
    private static boolean isDoubleOrAngle(char c) {
        return isMark(c) && c != '\'' && c != '’' && c != '‘';
    }

    /** Whether the first quotation mark of the paragraph closes a quotation opened with {@code mark}. */
    private static boolean closesFirst(String text, Span span, char mark) {
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (!isDoubleOrAngle(c)) {
                continue;
            }
            char prev = i > span.start() ? text.charAt(i - 1) : ' ';
            char next = i + 1 < span.end() ? text.charAt(i + 1) : ' ';
            return closes(mark, c, prev, next) && (mark == '»' || !opensOuter(c, prev, next));
        }
        return false;
    }

    private boolean opensDialogue(String text, Span span, boolean lastWasDialogue) {
        char first = text.charAt(span.start());
        char second = span.start() + 1 < span.end() ? text.charAt(span.start() + 1) : ' ';
        // some pages type the dash as a hyphen, right before the first word ("-No tengo la lengua de
        // madera"); a hyphen and a space open a list item instead
        boolean hyphen = first == '-' && (Character.isLetter(second) || second == '¿' || second == '¡');
        if (!isDash(first) && !hyphen) {
            return false;
        }
        String language = span.language().language();
        if (language != null) {
            return dialogueLanguages.contains(language);
        }
        // a short turn ("—Sí.", "—¿Como este video que…?") is too short for its language to tell, but
        // follows another turn or opens with Spanish's inverted marks
        int word = span.start() + 1;
        while (word < span.end() && Trim.isBlank(text.charAt(word))) {
            word++;
        }
        return lastWasDialogue || (word < span.end() && (text.charAt(word) == '¿' || text.charAt(word) == '¡'));
    }

    /** The dashes writers open dialogue and set asides with: the em dash, the horizontal bar, the en dash. */
    static boolean isDash(char c) {
        return c == '—' || c == '―' || c == '–';
    }

    /** Whether the token is a dash standing alone: one of {@link #isDash}'s, or a hyphen between spaces. */
    static boolean isDash(Token token) {
        return !token.word() && (token.is('-') || token.is('—') || token.is('―') || token.is('–'));
    }

    /**
     * The speaker's words of a dialogue paragraph: "—Vamos a ganar —dijo el presidente—. No hay duda."
     * gives "Vamos a ganar" and "No hay duda"; the narrator's interjection between dashes is left out.
     */
    private List<Quotation> dialogueTurns(String text, Span span) {
        List<Quotation> turns = new ArrayList<>();
        int open = span.start();
        int wordsFrom = span.start() + 1;
        while (wordsFrom < span.end()) {
            int interjection = nextInterjection(text, wordsFrom, span.end());
            TextRange piece = Trim.range(text, wordsFrom, interjection < 0 ? span.end() : interjection);
            if (piece != null && hasLetter(text, piece)) {
                turns.add(new Quotation(open, piece.end(), List.of(piece), true));
            }
            if (interjection < 0) {
                break;
            }
            int closing = nextDash(text, interjection + 1, span.end());
            if (closing < 0) {
                break;
            }
            open = closing;
            // the narrator's punctuation after the closing dash belongs to the narrator: "—dijo—. No hay…"
            wordsFrom = skipNarratorPunctuation(text, closing + 1, span.end());
        }
        return turns;
    }

    /** The next dash in [from, to) that opens the narrator's words: lower-case, with a reporting cue. */
    private int nextInterjection(String text, int from, int to) {
        for (int dash = nextDash(text, from, to); dash >= 0; dash = nextDash(text, dash + 1, to)) {
            int closing = nextDash(text, dash + 1, to);
            TextRange words = Trim.range(text, dash + 1, closing < 0 ? to : closing);
            if (words != null && Character.isLowerCase(text.charAt(words.start()))
                    && narrates.test(text.substring(words.start(), words.end()))) {
                return dash;
            }
        }
        return -1;
    }

    /** The next dash in [from, to): a hyphen counts when it is not inside a word or number ("-dijo Quintana-"). */
    private static int nextDash(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isDash(c) || (c == '-' && !(i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                    && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasLetter(String text, TextRange range) {
        for (int i = range.start(); i < range.end(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A quotation being read: the marks open inside it, innermost first, and its pieces so far. */
    private static final class Scan {
        final Deque<Character> marks = new ArrayDeque<>();
        final int open;
        final List<TextRange> pieces = new ArrayList<>();
        final String text;
        int pieceStart;
        Span span;

        Scan(char mark, int open, int wordsFrom, Span span, String text) {
            this.marks.push(mark);
            this.open = open;
            this.pieceStart = wordsFrom;
            this.span = span;
            this.text = text;
        }

        char outerMark() {
            return marks.getLast();
        }

        /**
         * Whether {@code c} closes the whole quotation. A closing mark of an outer level also closes the
         * levels inside it that were left open (an apostrophe read as a nested opening, say); a single
         * mark that closes nothing is an apostrophe.
         */
        boolean close(char c, char prev, char next) {
            int depth = 0;
            for (char mark : marks) {
                depth++;
                if (closes(mark, c, prev, next)) {
                    for (int level = 0; level < depth; level++) {
                        marks.pop();
                    }
                    return marks.isEmpty();
                }
                if (isSingle(c)) {
                    return false;
                }
            }
            return false;
        }

        /** The quotation goes on in the next paragraph, after its repeated opening mark when it has one. */
        int continueAt(Span next, boolean afterMark) {
            addPiece(span.end());
            char outer = outerMark();
            marks.clear();
            marks.push(outer);
            span = next;
            pieceStart = next.start() + (afterMark ? 1 : 0);
            return pieceStart;
        }

        Quotation closedAt(int closingMark, int width) {
            addPiece(closingMark);
            return quotation(closingMark + width);
        }

        /** No closing mark before the paragraph ends: the quotation runs to the end of its last paragraph. */
        Quotation unclosed() {
            addPiece(span.end());
            return quotation(span.end());
        }

        private void addPiece(int end) {
            TextRange piece = Trim.range(text, pieceStart, end);
            if (piece != null) {
                pieces.add(piece);
            }
        }

        /** The quotation, or null when its marks hold nothing but white space. */
        private Quotation quotation(int close) {
            return pieces.isEmpty() ? null : new Quotation(open, close, pieces, false);
        }
    }
}
