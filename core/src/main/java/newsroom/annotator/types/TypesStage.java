package newsroom.annotator.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsroom.annotator.dates.DateParser;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.dictionaries.FirstNameTable;
import newsroom.annotator.dictionaries.PhraseList;
import newsroom.annotator.dictionaries.TextKey;
import newsroom.annotator.model.Article;
import newsroom.annotator.model.Hint;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.LanguageShare;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;
import newsroom.annotator.model.SpanType;
import newsroom.annotator.pipeline.Deadline;
import newsroom.annotator.pipeline.Document;
import newsroom.annotator.pipeline.Layer;
import newsroom.annotator.pipeline.Stage;

/**
 * Gives every span that is not a post its type: title, caption, byline, boilerplate or the article's own
 * paragraph. Markup's hints decide where the page gave them; elsewhere the span's phrases and its place
 * do ({@link ArticleLayout}): above the headline stands site chrome, below it teasers, captions and author
 * lines, after the last paragraph author bios, prompts and links to other stories. A biography's words
 * ("Follow him on Twitter") in the middle of the prose need a biography's opening too, so prose that
 * mentions Twitter stays prose. Spans of type POST, and spans of an embed, are left as they are. A line
 * too short for the detector that a phrase list recognized ("Compartir:") gets that list's language.
 * Immutable and thread-safe.
 */
public final class TypesStage implements Stage {

    /** How sure a whole phrase of one language's list makes its language. */
    private static final double PHRASE_CONFIDENCE = 0.8;
    /** A caption above a credit line ("… en abril de 2020." / "Instagram / presidenciasv") is a sentence or two. */
    private static final int CAPTION_BEFORE_CREDIT_MAX_WORDS = 40;
    /** A caption printed twice is a sentence or two; a line of two words twice is a heading or a link. */
    private static final int DOUBLED_MIN_WORDS = 3;
    private static final int DOUBLED_MAX_WORDS = 40;
    /** A slot's label the scrape repeats: this many times in a row or more, and this many words or fewer. */
    private static final int REPEATED_LABEL_MIN = 3;
    private static final int REPEATED_LABEL_MAX_WORDS = 3;
    /** An item of a numbered list on its own line: "1. www.wn.de", "2. >". */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("\\s*(\\d{1,2})\\.\\s+(\\S.*?)\\s*");
    /** The mark a breadcrumb trail puts between its links. */
    private static final Pattern TRAIL_SEPARATOR = Pattern.compile("[>»›/|]");
    /** A breadcrumb trail lists a site, a section and the page at least. */
    private static final int TRAIL_MIN_ITEMS = 3;
    private static final int BIO_PARAGRAPH_MAX_WORDS = 60;
    /** This many labels alone in a row make a box of facts or links, not a writer's lead-ins ("Et d’ajouter:"). */
    private static final int LABEL_RUN = 3;

    private final TypeCues cues;
    private final PersonLine personLine;

    public TypesStage(Dictionaries dictionaries, List<String> languages, DateParser dates) {
        this.cues = new TypeCues(dictionaries, languages, dates);
        this.personLine = new PersonLine(FirstNameTable.of(dictionaries));
    }

    @Override
    public String name() {
        return "types";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SPANS, Layer.SENTENCES, Layer.LANGUAGES);
    }

    @Override
    public Set<Layer> reads() {
        return Set.of(Layer.POSTS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SPAN_TYPES);
    }

    @Override
    public Document apply(Document document) {
        List<Span> spans = document.spans();
        Article article = document.article();
        String givenTitle = article.title() == null ? null
                : PhraseList.withoutEndPunctuation(TextKey.of(article.title()));
        SpanCues[] read = new SpanCues[spans.size()];
        Hint.Kind[] hints = hintsOf(spans, article.hints());
        Deadline deadline = Deadline.current();
        for (int i = 0; i < spans.size(); i++) {
            deadline.check();
            Span span = spans.get(i);
            Hint.Kind hint = hints[i];
            if (span.type() != SpanType.POST && hint != Hint.Kind.EMBED) {
                read[i] = cues.read(document.text(), span, hint, givenTitle);
            }
        }
        ArticleLayout layout = new ArticleLayout(document.text(), spans, read);
        SpanType[] types = new SpanType[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            types[i] = read[i] == null ? spans.get(i).type() : typeOf(read[i], i, layout);
        }
        fromNeighbours(read, types);
        doubledCaptions(read, types, layout);
        numberedTrails(document.text(), spans, read, types);
        repeatedLabels(read, types);
        signOffs(read, types);
        PersonLine.Page persons = personLine.on(document.text());
        namesSigning(document.text(), spans, read, types, layout, persons);
        linksUnderHeading(read, types);
        // the article's language, for a chrome phrase two languages' lists hold
        List<LanguageShare> shares = LanguageShare.of(spans);
        String articleLanguage = shares.isEmpty() ? null : shares.get(0).language();
        List<Span> typed = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            // (a line a phrase list recognized, "Read More", is chrome in that list's language, whatever first names it holds)
            String line = document.text().substring(span.start(), span.end());
            String words = read[i] != null && read[i].words() <= PersonLine.MAX_WORDS ? line : "";
            // a person's name alone, a photo's file name ("Hellenthal_Schoeller_Werk_3", a caption) or a standings
            // table's row ("1.HSG Graz 6 4 1 1 166:153 9"): no language's words
            boolean nameAlone = read[i] != null && read[i].phraseLanguages().isEmpty() && !read[i].masthead()
                    && (TypeCues.fileName(words) || cues.namesAndFigures(line) || persons.signs(words));
            typed.add(read[i] == null ? span
                    : withPhraseLanguage(span.withType(types[i], byPlace(read[i], types[i])), read[i], nameAlone, articleLanguage));
        }
        return document.withSpans(typed);
    }

    /**
     * A person's name alone after the last paragraph ("… pour leur permettre de travailler." / "Hawa Bah", "F. Nieddu")
     * signs the story: its writer's byline, where the line's shape alone made it a crosshead or a paragraph.
     */
    private static void namesSigning(String text, List<Span> spans, SpanCues[] read, SpanType[] types, ArticleLayout layout,
                                     PersonLine.Page persons) {
        for (int i = 0; i < spans.size(); i++) {
            // (not a line already called chrome: a name a link list or a menu holds is theirs, "Eva Pathenay" among links)
            if (read[i] != null && read[i].hint() == null && layout.afterBody(i)
                    && (types[i] == SpanType.TITLE || types[i] == SpanType.PARAGRAPH)
                    && read[i].words() <= PersonLine.MAX_WORDS
                    && persons.signs(text.substring(spans.get(i).start(), spans.get(i).end()))) {
                types[i] = SpanType.BYLINE;
            }
        }
    }

    private static SpanType typeOf(SpanCues span, int i, ArticleLayout layout) {
        if (span.hint() != null) {
            return switch (span.hint()) {
                case TITLE -> SpanType.TITLE;
                case CAPTION -> SpanType.CAPTION;
                case BYLINE -> SpanType.BYLINE;
                default -> SpanType.BOILERPLATE;
            };
        }
        boolean edge = layout.inLead(i) || layout.afterBody(i);
        if (span.boilerplate() || (span.masthead() && layout.inLead(i)) || (span.capsLink() && !layout.inLead(i))) {
            return SpanType.BOILERPLATE;
        }
        if (span.authorLine() || span.bioHeading() || (span.bioOpening() && span.contact())
                || ((span.bioOpening() || span.bioShape() || span.contact()) && layout.inTail(i))
                || ((span.names() || span.handle()) && edge)) {
            return SpanType.BYLINE;
        }
        if (span.imageName()) {
            return SpanType.CAPTION;
        }
        if (layout.isTitle(i)) {
            return SpanType.TITLE;
        }
        if (layout.isTeaser(i)) {
            return SpanType.CAPTION;
        }
        if (span.bulleted() && layout.inLead(i)) {
            // a list item above the prose is a menu's or a share bar's ("•  AIM"), never a caption
            return SpanType.BOILERPLATE;
        }
        if (span.personName() && layout.inLead(i) && layout.belowTitle(i)) {
            // a name alone under the headline is its author's
            return SpanType.BYLINE;
        }
        if (layout.aboveTitle(i)) {
            if (span.plainDate() && !layout.datedLower(i)) {
                // the story's date may stand over its headline; over another date it is the page's own
                return SpanType.BYLINE;
            }
            return span.credit() ? SpanType.CAPTION : SpanType.BOILERPLATE;
        }
        if (span.outlet() && !layout.afterBody(i)) {
            return SpanType.CAPTION;
        }
        if (span.signature() && layout.afterBody(i)) {
            // "– Mariateresa Conte –", "J.J." after the last paragraph: the writer signs off
            return SpanType.BYLINE;
        }
        if (span.credit()) {
            // after the last paragraph a credit names the story's source, not a photo's
            return layout.afterBody(i) ? SpanType.BYLINE : SpanType.CAPTION;
        }
        // (a line that is a date and perhaps its time, nothing else, dates the story wherever it stands: "Friday, February
        // 04, 2000" between the headline's block and the prose)
        if ((span.dateLine() && (edge || span.plainDate())) || (span.place() && layout.inLead(i) && layout.belowTitle(i))) {
            return SpanType.BYLINE;
        }
        if (layout.inLead(i) && (span.datedDash() || span.truncated() || (layout.belowTitle(i) && span.unpunctuated()))) {
            return SpanType.CAPTION;
        }
        if (layout.afterBody(i) && layout.tailHasEndMatter() && span.unpunctuated()) {
            return SpanType.BOILERPLATE;
        }
        return SpanType.PARAGRAPH;
    }

    /**
     * Whether a span was called site chrome or an author line only for where it stands (above the
     * headline, after the last paragraph), its words and the page's markup saying nothing of it.
     */
    private static boolean byPlace(SpanCues span, SpanType type) {
        return (type == SpanType.BOILERPLATE || type == SpanType.BYLINE) && span.letters() >= 3 && !span.typedByItsWords()
                && !span.capsLink() && !span.label() && !span.markup() && !span.bulleted() && !span.truncated();
    }

    /**
     * What a span's neighbours say of it: a line too short to say anything goes with the last line before
     * it that has words ("Published" / "2 hours ago" / "on"), one without letters is chrome, a short
     * paragraph over a credit line is that photo's caption, the headline after a label such as
     * "Trending:" is a link, the paragraphs after "About the author" are the biography, and two cut teasers in
     * a row are a list of links to other stories.
     */
    private static void fromNeighbours(SpanCues[] read, SpanType[] types) {
        // the last line before i that has letters or was not read: a run of lines without letters is walked once
        int before = -1;
        for (int i = 0; i < read.length; i++) {
            if (i > 0 && (read[i - 1] == null || read[i - 1].letters() != 0)) {
                before = i - 1;
            }
            SpanCues span = read[i];
            if (span == null || span.hint() != null) {
                continue;
            }
            SpanCues next = i + 1 < read.length ? read[i + 1] : null;
            // (initials are few letters, and say who signs: "J.J.")
            if (span.letters() < 3 && !span.typedByItsWords() && !span.signature()) {
                if (span.letters() == 0) {
                    types[i] = SpanType.BOILERPLATE;
                } else if (before >= 0 && read[before] != null) {
                    types[i] = types[before];
                }
            } else if (types[i] == SpanType.PARAGRAPH && next != null && next.creditOnly() && types[i + 1] == SpanType.CAPTION
                    && span.words() <= CAPTION_BEFORE_CREDIT_MAX_WORDS && span.sentences() <= 2) {
                types[i] = SpanType.CAPTION;
            } else if (types[i] == SpanType.BOILERPLATE && span.label() && next != null && next.hint() == null
                    && types[i + 1] == SpanType.PARAGRAPH && next.shortLine()) {
                types[i + 1] = SpanType.BOILERPLATE;
            } else if (span.personName() && next != null && next.authorLine() && types[i + 1] == SpanType.BYLINE) {
                // "Suzanne Stewart" over "Staff Writer": a name alone right over an author line is the author's
                types[i] = SpanType.BYLINE;
            } else if (span.bioHeading()) {
                // the author's name stands right above or below the heading
                if (i > 0 && read[i - 1] != null && read[i - 1].hint() == null && read[i - 1].personName()) {
                    types[i - 1] = SpanType.BYLINE;
                }
                for (int j = i + 1; j < read.length && read[j] != null && read[j].hint() == null
                        && (read[j].personName() || (types[j] == SpanType.PARAGRAPH && !read[j].unpunctuated()
                        && read[j].words() <= BIO_PARAGRAPH_MAX_WORDS)); j++) {
                    types[j] = SpanType.BYLINE;
                }
            }
        }
        // two cut teasers in a row ("Firenze, Funaro: “…” Il sindaco: “Così si mette a rischio la…”") are a list of
        // links to other stories, wherever they stand
        for (int i = 0; i < read.length; i++) {
            if (read[i] != null && read[i].hint() == null && read[i].truncated()
                    && (types[i] == SpanType.PARAGRAPH || types[i] == SpanType.CAPTION)
                    && (cutTeaser(read, i - 1) || cutTeaser(read, i + 1))) {
                types[i] = SpanType.BOILERPLATE;
            }
        }
        // three labels or more in a row, each alone on its line ("Squadre:", "Allenatori:", "Campionato:"), are a box of
        // facts whose values the scrape lost, or a row of sharing links
        int run = 0;
        for (int i = 0; i <= read.length; i++) {
            if (i < read.length && labelAlone(read[i])) {
                run++;
                continue;
            }
            for (int j = i - run; run >= LABEL_RUN && j < i; j++) {
                // (an author line's label, "Autor:", stays the author line's)
                types[j] = types[j] == SpanType.BYLINE ? SpanType.BYLINE : SpanType.BOILERPLATE;
            }
            run = 0;
        }
    }

    /**
     * A line of prose the page prints twice in a row inside the article ("Cllr Stuart Dark. Picture: West Norfolk Council",
     * "Minister for Social Care … Maree Todd."): a photo's alternative text and its caption, both the caption.
     */
    private static void doubledCaptions(SpanCues[] read, SpanType[] types, ArticleLayout layout) {
        for (int i = 1; i < read.length; i++) {
            SpanCues line = read[i];
            SpanCues before = read[i - 1];
            if (line != null && before != null && line.hint() == null && before.hint() == null && !layout.inLead(i - 1)
                    && types[i] == SpanType.PARAGRAPH && types[i - 1] == SpanType.PARAGRAPH
                    && line.words() >= DOUBLED_MIN_WORDS && line.words() <= DOUBLED_MAX_WORDS && line.key().equals(before.key())) {
                types[i - 1] = SpanType.CAPTION;
                types[i] = SpanType.CAPTION;
            }
        }
    }

    /**
     * A person's name alone over their e-mail address or handle ("Pedro Fontes Costa" / "pedro@jb.pt"): the author
     * signing off, a byline as the address under it is.
     */
    private static void signOffs(SpanCues[] read, SpanType[] types) {
        for (int i = 0; i + 1 < read.length; i++) {
            if (read[i] != null && read[i + 1] != null && read[i].hint() == null && read[i + 1].handle()
                    && types[i + 1] == SpanType.BYLINE && (read[i].personName() || read[i].names())) {
                types[i] = SpanType.BYLINE;
            }
        }
    }

    /**
     * A word or two the page prints three times in a row or more ("banner", "PUBLICIDAD"): the label of an advertising
     * slot the scrape kept once for each, site chrome.
     */
    private static void repeatedLabels(SpanCues[] read, SpanType[] types) {
        int i = 0;
        while (i < read.length) {
            int end = i + 1;
            while (read[i] != null && end < read.length && read[end] != null && read[end].key().equals(read[i].key())) {
                end++;
            }
            if (end - i >= REPEATED_LABEL_MIN && read[i] != null && read[i].hint() == null
                    && read[i].words() <= REPEATED_LABEL_MAX_WORDS) {
                Arrays.fill(types, i, end, SpanType.BOILERPLATE);
            }
            i = end;
        }
    }

    /**
     * A breadcrumb trail scraped as a numbered list, a separator among its items ("1. www.wn.de", "2. >", "3. Archiv",
     * "4. >", "5. Enttäuschung"): the site's navigation, every item of it.
     */
    private static void numberedTrails(String text, List<Span> spans, SpanCues[] read, SpanType[] types) {
        int i = 0;
        while (i < spans.size()) {
            int end = i;
            boolean separator = false;
            while (end < spans.size() && read[end] != null && read[end].hint() == null) {
                Matcher item = NUMBERED_ITEM.matcher(text.substring(spans.get(end).start(), spans.get(end).end()));
                if (!item.matches() || Integer.parseInt(item.group(1)) != end - i + 1) {
                    break;
                }
                separator |= TRAIL_SEPARATOR.matcher(item.group(2)).matches();
                end++;
            }
            if (separator && end - i >= TRAIL_MIN_ITEMS) {
                for (int k = i; k < end; k++) {
                    types[k] = SpanType.BOILERPLATE;
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    /** A word or two and a colon, nothing else, on its own line: "Stagione:", "Email:". */
    private static boolean labelAlone(SpanCues span) {
        return span != null && span.hint() == null && span.introduces() && span.words() <= 2;
    }

    /**
     * The links under a heading of other stories ("Lo más reciente", "Related Topics") that stands after
     * the article's prose: when every line from it to the page's end is a headline, a date or chrome, or a
     * sentence or two under a headline (its teaser), those lines are the list's. A heading followed by
     * prose or a post stands inside the article ("Leer también" between two paragraphs) and types nothing.
     */
    private static void linksUnderHeading(SpanCues[] read, SpanType[] types) {
        boolean proseBefore = false;
        for (int i = 0; i < read.length; i++) {
            SpanCues span = read[i];
            if (span != null && span.listHeading() && proseBefore && onlyLinksAfter(read, i)) {
                for (int j = i + 1; j < read.length; j++) {
                    // a date there is a link's, not the article's
                    if (read[j].hint() == null && (types[j] == SpanType.PARAGRAPH || types[j] == SpanType.TITLE
                            || (types[j] == SpanType.BYLINE && read[j].dateLine()))) {
                        types[j] = SpanType.BOILERPLATE;
                    }
                }
                return;
            }
            proseBefore |= span != null && types[i] == SpanType.PARAGRAPH && span.prose();
        }
    }

    private static boolean onlyLinksAfter(SpanCues[] read, int heading) {
        boolean underHeadline = false;
        for (int j = heading + 1; j < read.length; j++) {
            SpanCues line = read[j];
            if (line == null) {
                return false;
            }
            boolean link = line.hint() != null || line.shortLine() || line.typedByItsWords() || line.letters() < 3;
            boolean teaser = underHeadline && line.words() <= TypeCues.HEADLINE_MAX_WORDS && line.sentences() <= 2;
            if (!link && !teaser) {
                return false;
            }
            underHeadline = link && line.shortLine();
        }
        return true;
    }

    private static boolean cutTeaser(SpanCues[] read, int i) {
        return i >= 0 && i < read.length && read[i] != null && read[i].truncated();
    }

    /**
     * The span, in the language of the phrase that recognized it when the detector could not tell (a phrase
     * that several languages' lists hold is in the article's language, when that is one of them); markup a
     * scrape left in the text, a credit alone, a person's or a file's name alone, a handle or an address alone and a
     * date alone are in no language.
     */
    private static Span withPhraseLanguage(Span span, SpanCues cues, boolean nameAlone, String articleLanguage) {
        // a photo's or a story's credit alone ("Foto: Beno Küster", "Bild: kp") names a source, in no language of its own;
        // a story's date alone ("Wednesday, April 23, 2025", "Lunes 18 de noviembre de 2024") is a date's few words, too little
        // text to tell a language by
        boolean credit = cues.creditOnly() && (span.type() == SpanType.CAPTION || span.type() == SpanType.BYLINE);
        if (cues.markup() || credit || nameAlone || cues.handle() || cues.plainDate()) {
            List<Sentence> sentences = span.sentences().stream()
                    .map(s -> new Sentence(s.start(), s.end(), LanguageGuess.UNKNOWN)).toList();
            return span.withLanguage(LanguageGuess.UNKNOWN, sentences);
        }
        Set<String> languages = cues.phraseLanguages();
        String language = languages.size() == 1 ? languages.iterator().next()
                : articleLanguage != null && languages.contains(articleLanguage) ? articleLanguage : null;
        // a line of one language's chrome ("Share on facebook" on a German page) is in that language, though the page's
        // language was likelier for its few letters than any other
        boolean onlyOneLanguage = languages.size() == 1 && cues.shortLine() && !language.equals(span.language().language());
        if ((span.language().isKnown() && !onlyOneLanguage) || language == null) {
            return span;
        }
        LanguageGuess guess = new LanguageGuess(language, PHRASE_CONFIDENCE, span.language().scores());
        List<Sentence> sentences = new ArrayList<>(span.sentences().size());
        for (Sentence sentence : span.sentences()) {
            sentences.add(sentence.language().isKnown() && !onlyOneLanguage ? sentence
                    : new Sentence(sentence.start(), sentence.end(),
                            new LanguageGuess(guess.language(), guess.confidence(), sentence.language().scores())));
        }
        return span.withLanguage(guess, sentences);
    }

    /**
     * For each span, the kind of the smallest hint that covers most of it, or null. Spans are in text order
     * and do not overlap, so one sweep over the hints by their start keeps only those that reach the span.
     */
    private static Hint.Kind[] hintsOf(List<Span> spans, List<Hint> hints) {
        Hint.Kind[] kinds = new Hint.Kind[spans.size()];
        if (hints.isEmpty()) {
            return kinds;
        }
        List<Hint> byStart = hints.stream().sorted(Comparator.comparingInt(Hint::start)).toList();
        List<Hint> open = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            while (next < byStart.size() && byStart.get(next).start() < span.end()) {
                open.add(byStart.get(next++));
            }
            open.removeIf(hint -> hint.end() <= span.start());
            Hint best = null;
            for (Hint hint : open) {
                int overlap = Math.min(span.end(), hint.end()) - Math.max(span.start(), hint.start());
                if (overlap > 0 && overlap * 2 >= span.length()
                        && (best == null || hint.end() - hint.start() < best.end() - best.start())) {
                    best = hint;
                }
            }
            kinds[i] = best == null ? null : best.kind();
        }
        return kinds;
    }
}
