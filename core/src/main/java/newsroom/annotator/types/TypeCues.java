package newsroom.annotator.types;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsroom.annotator.dates.DateParser;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.dictionaries.PhraseList;
import newsroom.annotator.dictionaries.TextKey;
import newsroom.annotator.model.Hint;
import newsroom.annotator.model.Sentence;
import newsroom.annotator.model.Span;

/**
 * Reads a span's cues from the phrase lists of every configured language ({@code boilerplate},
 * {@code boilerplate-within}, {@code page-controls}, {@code sections}, {@code more-stories}, {@code byline},
 * {@code agencies}, {@code caption-credits}, {@code bio-roles}, {@code bio-verbs}, {@code bio-contact}, {@code bio-headings}),
 * from the dates it holds and from its shape: an English article carries Spanish
 * agency credits as often as the reverse. Built once; immutable.
 */
final class TypeCues {

    /** A paragraph longer than this is prose, whatever it opens with. */
    private static final int BOILERPLATE_MAX_WORDS = 39;
    /** A prompt told by words inside it, or a marked link, is a line or two; prose mentioning an inbox is longer. */
    private static final int PROMPT_MAX_WORDS = 25;
    /**
     * Marks that sites set before a link to another story inside the article: "// ", "▶ ", ">> ", "> " (not "»",
     * which opens a quotation's next paragraph in Spanish).
     */
    private static final Pattern LINK_MARKER = Pattern.compile("(?://|>{1,2}|►|▶|→)\\s*\\p{L}");
    /** A name between the dashes a writer sets around it to sign the story off: "– Mariateresa Conte –". */
    private static final Pattern DASHED = Pattern.compile("[–—-]\\s*(.+?)\\s*[–—-]");
    /** A writer's initials alone: "J.J.", "J.-P. M.". */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.\\s?-?){2,4}");
    /** One person's name alone: two or three capitalized words, no abbreviation ("Andrew Slevison", "Luisa Toquica"). */
    private static final Pattern PERSON_NAME = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)?){1,2}");
    /**
     * A paragraph that opens with its dateline, as the first paragraph of a wire story does: "FALL RIVER,
     * MA. — The…", "RICHMOND, Va. (Reuters) - Former…", "(20 de abril de 2020 – WALO Radio) – La…",
     * "MADRID, 8 (EUROPA PRESS) - La…".
     */
    private static final Pattern OPENING_DATELINE = Pattern.compile(
            "(?:\\p{Lu}{2,}[\\p{Lu}\\p{M} .'’-]*(?:,[^,—–\\n]{1,25}){0,2}?(?:\\s*\\([^()]{1,40}\\))?"
                    + "|\\([^()]{4,60}\\))\\s*(?:[-–—]+|\\.-)\\s*[\\p{Lu}\\p{N}\"“«¿¡]");
    /** A list item's bullet: "- Billie Eilish performs…", "• reset". */
    private static final Pattern BULLET = Pattern.compile("[-–•·*]\\s+\\S");
    /** A photo's file name opening the line, as a scrape writes an image's name before its caption: "scaloni 2.jpg Lionel …". */
    private static final Pattern IMAGE_NAME = Pattern.compile("^[^\\s.]{1,40}(?: [^\\s.]{1,20}){0,3}\\.(?i:jpe?g|png|gif|webp|avif)\\s+\\S");
    /**
     * A dateline that names its agency and nothing else, on its own line: "MADRID, 8 (EUROPA PRESS)",
     * "VALÈNCIA, 23 Oct. (EUROPA PRESS) -", "WASHINGTON (AP) —": the place in capitals (group 1), perhaps a
     * day, and the agency in parentheses (group 2).
     */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu})(?:\\s*,\\s*[\\p{L}\\p{N} .]{1,20}?)?\\s*\\(([^()]{2,40})\\)[\\s.:–—-]*");
    /** A photographer and the outlet in parentheses closing a caption: "(Tom Williams/CQ Roll Call)". */
    private static final Pattern CLOSING_SLASH_CREDIT = Pattern.compile(
            "\\(\\s*\\p{Lu}[^()/]{0,40}/\\s?\\p{Lu}[^()]{0,40}\\)\\.?$");
    private static final int AUTHOR_LINE_MAX_WORDS = 12;
    /** The most words of a name after an author line's opener ("By María del Mar Romero"). */
    private static final int NAME_ONLY_MAX_WORDS = 4;
    /** A word of a person's name: a capital, then letters, an apostrophe, a hyphen or a point. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    /** The most words of a journalist's role alone on its line ("Senior Staff Writer"). */
    private static final int JOURNALIST_ROLE_MAX_WORDS = 3;
    private static final int TEASER_MAX_SENTENCES = 2;
    /** An author line may open with the date it was filed: "sábado 12 agosto 2017, 12:41 AM Por: NAME". */
    private static final int DATED_AUTHOR_LINE_MAX_PREFIX = 8;
    /** How far after the date's last figure its opener stands: "12:41 AM Por:", "12:41 | Por:". */
    private static final int DATE_TO_OPENER_MAX_WORDS = 2;
    static final int HEADLINE_MAX_WORDS = 25;
    private static final int HEADLINE_MAX_CHARS = 200;
    private static final int CAPTION_MAX_WORDS = 120;
    /** A credit alone is a few words: "Instagram / presidenciasv", "Photo by Jordan Strauss/Invision/AP". */
    private static final int CREDIT_ONLY_MAX_WORDS = 8;
    private static final int BIO_HEADING_MAX_WORDS = 10;
    private static final int PLACE_MAX_WORDS = 4;
    private static final int PARENTHESIZED_CREDIT_MAX_WORDS = 5;
    /** Words of a name after an author-line opener: "La Patilla", "The Associated Press". */
    private static final int NAME_MAX_WORDS = 6;
    /** A tag that a scrape left at the start of a line: "<image>…". */
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^<>]{0,200}>");
    /** A file's, an icon's or a style's name alone, lower-case parts joined by hyphens or underscores: "weather-image", "spot_img". */
    private static final Pattern MACHINE_NAME = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)+");
    /** A standings table's row: its rank, a team's name, then figures only ("1.HSG Graz 6  4  1  1  166:153   9"). */
    private static final Pattern RANKED_NAMES = Pattern.compile("\\d{1,3}\\.\\s?\\p{Lu}[\\p{L}\\p{N}'’.&-]*(\\s+\\p{Lu}[\\p{L}\\p{N}'’.&-]*)*(\\s+[\\d:]+){2,}");
    /** Two teams' names, each with its rank in brackets, a dash between them. */
    private static final Pattern RANKED_FIXTURE = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{N}'’.&/-]*\\s+)*\\p{Lu}[\\p{L}\\p{N}'’.&/-]*\\s*\\(\\s*\\d{1,2}\\s*\\.\\s*\\)\\s*[–—-]\\s*"
                    + "(\\p{Lu}[\\p{L}\\p{N}'’.&/-]*\\s+)*\\p{Lu}[\\p{L}\\p{N}'’.&/-]*\\s*\\(\\s*\\d{1,2}\\s*\\.\\s*\\)");
    /** A match's score: "0-0", "7-1", "1:0", "2 – 1". */
    private static final Pattern SCORE = Pattern.compile("(?<![\\p{L}\\p{N}.:])\\d{1,2}\\s?[-–:]\\s?\\d{1,2}(?![\\p{L}\\p{N}.:])");
    /** What separates a result line's words: white space and the marks between names. */
    private static final Pattern RESULT_SEPARATORS = Pattern.compile("[\\s,;:()\\[\\]/|–—-]+");
    /** A file's name: parts joined by underscores, which prose never writes ("IMG_20260203_16530794", "Hellenthal_Werk_3"). */
    private static final Pattern FILE_NAME = Pattern.compile("[\\p{L}\\p{N}]+(?:_[\\p{L}\\p{N}]+)+");
    /** A CMS shortcode left in the text, a line of its own: "[entrevista=332156,ancho=275,flotar=izq]", "[caption id=…]". */
    private static final Pattern SHORTCODE = Pattern.compile("\\[[\\p{L}_-]+(=| [^\\[\\]]*=)[^\\[\\]]*\\]");
    /**
     * A shortcode whose names the scrape dropped, only its quoted values left, perhaps its closing bracket:
     * "\"attachment_694571\" \"\" \"291\"]".
     */
    private static final Pattern SHORTCODE_VALUES = Pattern.compile("\\[?(\"[^\"]*\"\\s*){2,}\\]");
    /** An author line that sets the journalist's role after a bar, the address perhaps after another: "MARISA MILLER | MANAGING EDITOR | …". */
    private static final Pattern NAME_BAR_ROLE = Pattern.compile("(\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}\\p{Lu}[\\p{L}.'’-]*\\s*\\|\\s*([^|]{3,40})(\\|.*)?");

    /**
     * A name of two to five capitalized words (with the particles of Spanish and Dutch names), perhaps a
     * parenthesis ("María Eizaguirre (San Sebastián, 1978)"), then a lower-case word: the verb of "X is
     * an award-winning journalist", "X es periodista" (group 1).
     */
    private static final Pattern NAME_THEN_VERB = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|del|la|las|los|van|von|da|di|y)\\s+)*\\p{Lu}[\\p{L}'’.-]*){1,4}"
                    + "(?:\\s*\\([^)]{0,80}\\))?,?\\s+(\\p{Ll}\\p{L}*)");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\p{Punct}–—]+");
    /** Between the parts of a section path: "News / Politics", "Política | Actualidad", "Deportes › Fútbol". */
    private static final Pattern SECTION_SEPARATOR = Pattern.compile("\\s*[/|›>»•]\\s*");
    private static final Pattern OPENING_INVERTED_MARKS = Pattern.compile("^[¡¿]+");
    private static final Pattern OPENING_BRACKETS = Pattern.compile("^[(\\[]+");
    private static final Pattern HANDLE = Pattern.compile("[@＠][A-Za-z0-9_]{1,30}");
    /** An e-mail address alone on its line ("sports@dailylobo.com"): whose it is, as a handle says. */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,}", Pattern.UNICODE_CHARACTER_CLASS);
    /** A telephone number: seven digits or more, spaces, dots, dashes, slashes or brackets between them ("021454814", "622 98 97 11"). */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.])\\+?\\(?\\d(?:[\\d .()/-]{5,}\\d)(?![\\w@])");
    /** The most words of a contact line: a label or a name, an e-mail address and a telephone number. */
    private static final int CONTACT_LINE_MAX_WORDS = 8;
    /** The most characters of a contact line (the number's pattern is read only on so short a line). */
    private static final int CONTACT_LINE_MAX_CHARS = 160;
    /** Where a scrape glued two elements of a page together: "newsLiveonNBC News Now", "PostDemocracy". */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    /** A number closing a short line: the counter a page sets after a label it repeats ("Advertisement 3"). */
    private static final Pattern TRAILING_COUNTER = Pattern.compile("\\s+\\d{1,3}$");
    /** A number opening a short line: the count a page sets before its label ("0 commentaire", "12 Comments"). */
    private static final Pattern LEADING_COUNTER = Pattern.compile("^\\d{1,4}\\s+");
    /** Anything that punctuates prose: a run of words without any is a menu or a sprite's icon names. */
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:!?¡¿\"“”«»()]");
    /** A line of many words is prose only if something punctuates it or it has an article. */
    private static final int RUN_ON_MIN_WORDS = 30;
    /** A number, or a unit written in capitals or abbreviated: "00 MIN 30 SEG", a player's countdown. */
    private static final Pattern COUNTER_TOKEN = Pattern.compile("\\d+[:.]?\\d*|\\p{Lu}{1,4}\\.?");
    /** A headline in capitals with its topic before a colon, as sites link other stories in the prose. */
    private static final Pattern TOPIC_COLON = Pattern.compile("\\S:\\s+\\S");
    private static final int CAPS_LINK_MIN_WORDS = 5;
    /** An outlet's name is an article and a name or two: "El Farandi.", "La Patilla." */
    private static final int OUTLET_MAX_WORDS = 4;
    /**
     * "Redacción Maduradas con información de La Patilla.": names, an author-line opener and the name it
     * credits to the end of the line, which may end in a period as no sentence with those words does. A
     * photo's credit ("Photo by Jordan Strauss/Invision/AP") is no author line.
     */
    private boolean endsWithCreditedName(String key, String[] tokens, Languages phrase) {
        if (credits.openerMatch(key) != null) {
            return false;
        }
        for (int at = 0; at < tokens.length - 1; at++) {
            if (at > 0 && !capitalized(tokens[at - 1])) {
                return false;
            }
            OpenerAt opener = openerAt(tokens, at);
            if (opener == null) {
                continue;
            }
            int name = at + opener.words();
            if (name < tokens.length && tokens.length - name <= NAME_MAX_WORDS
                    && Arrays.stream(tokens, name, tokens.length).allMatch(TypeCues::nameWord)) {
                return phrase.add(opener.match());
            }
        }
        return false;
    }

    /** The author-line opener the words from {@code at} open with ("By", "Por:"), and how many words it takes; null when none. */
    private OpenerAt openerAt(String[] tokens, int at) {
        String rest = TextKey.of(String.join(" ", Arrays.copyOfRange(tokens, at, tokens.length)));
        PhraseList.Match opener = authorLines.openerMatch(rest);
        return opener == null ? null : new OpenerAt(opener, WHITE_SPACE.split(rest.substring(0, opener.length()).strip()).length);
    }

    /** An author-line opener matched in a line, and its number of words. */
    private record OpenerAt(PhraseList.Match match, int words) {
    }

    private static boolean capitalized(String token) {
        String bare = LEADING_PUNCTUATION.matcher(token).replaceFirst("");
        return !bare.isEmpty() && Character.isUpperCase(bare.codePointAt(0));
    }

    /** A word of a name: capitalized, or a particle or "&" between capitalized ones ("Agencia de Noticias"). */
    private static boolean nameWord(String token) {
        return capitalized(token) || token.equals("&") || (token.length() <= 3 && token.chars().allMatch(Character::isLowerCase));
    }

    /** "Instagram / presidenciasv", "Reuters/File": words on both sides of a slash, no address. */
    private static final Pattern SLASH_CREDIT = Pattern.compile(
            "\\p{L}[\\p{L}\\p{N} .'’&_-]*/\\s?[\\p{L}\\p{N}][\\p{L}\\p{N} .'’&_/-]*");
    private static final Pattern PLACE_WORD = Pattern.compile("[\\p{Lu}.,'’-]+");

    private final PhraseList boilerplate;
    private final PhraseList boilerplateWithin;
    private final PhraseList controls;
    private final PhraseList sections;
    private final PhraseList moreStories;
    private final PhraseList authorLines;
    private final PhraseList agencies;
    private final PhraseList credits;
    private final PhraseList roles;
    private final PhraseList contacts;
    private final PhraseList bioHeadings;
    private final Set<String> bioVerbs = new HashSet<>();
    private final DateLines dateLines;
    private final Pattern datedDash;
    private final Pattern names;
    /** The small words a result line sets between its teams' names ({@code score-connectors.txt}): "vs", "e", "gegen". */
    private final Set<String> scoreConnectors;
    private final Pattern masthead;
    /** The articles of every language: a credit's words after one are the sentence's noun ("la foto de…"). */
    private final Set<String> articles = new HashSet<>();
    /** Each article with the language of the list that holds it: "el" is Spanish. */
    private final Map<String, String> articleLanguages = new HashMap<>();

    TypeCues(Dictionaries dictionaries, List<String> languages, DateParser dates) {
        this.boilerplate = new PhraseList(dictionaries, languages, "boilerplate");
        this.boilerplateWithin = new PhraseList(dictionaries, languages, "boilerplate-within");
        this.controls = new PhraseList(dictionaries, languages, "page-controls");
        this.sections = new PhraseList(dictionaries, languages, "sections");
        this.moreStories = new PhraseList(dictionaries, languages, "more-stories");
        this.authorLines = new PhraseList(dictionaries, languages, "byline");
        this.agencies = new PhraseList(dictionaries, languages, "agencies");
        this.credits = new PhraseList(dictionaries, languages, "caption-credits");
        this.roles = new PhraseList(dictionaries, languages, "bio-roles");
        this.contacts = new PhraseList(dictionaries, languages, "bio-contact");
        this.bioHeadings = new PhraseList(dictionaries, languages, "bio-headings");
        for (String verb : dictionaries.list(languages, "bio-verbs")) {
            bioVerbs.add(TextKey.of(verb));
        }
        this.dateLines = new DateLines(dates, languages);
        this.datedDash = datedDash(languages);
        this.names = names(dictionaries.table("name-particles.txt"));
        this.scoreConnectors = dictionaries.table("score-connectors.txt").stream().map(word -> word.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.masthead = masthead(dictionaries.list(languages, "publication-words"));
        for (String language : languages) {
            for (String article : dictionaries.list(language, "articles")) {
                String word = TextKey.of(article.split("\t")[0].strip());
                articles.add(word);
                // a word in two languages' lists tells neither
                articleLanguages.merge(word, language, (a, b) -> a.equals(b) ? a : "");
            }
        }
    }

    SpanCues read(String text, Span span, Hint.Kind hint, String givenTitleKey) {
        String words = text.substring(span.start(), span.end()).strip();
        String key = TextKey.withoutLeadingSymbols(TextKey.of(words));
        String[] tokens = WHITE_SPACE.split(words);
        int wordCount = tokens.length + unspacedWords(words);
        List<String> sentences = sentences(text, span);
        String first = sentences.get(0);
        List<String> sentenceKeys = sentences.stream().map(TextKey::of).toList();
        String lastKey = sentenceKeys.get(sentenceKeys.size() - 1);
        boolean unpunctuated = !endsSentence(words);
        Languages phrase = new Languages();

        // "¡No te pierdas nuestro contenido…": a prompt may open with Spanish's inverted exclamation mark
        String unmarked = OPENING_INVERTED_MARKS.matcher(key).replaceFirst("");
        PhraseList.Match boilerplateMatch = wordCount <= BOILERPLATE_MAX_WORDS ? boilerplate.match(unmarked) : null;
        if (boilerplateMatch == null && wordCount <= BOILERPLATE_MAX_WORDS && GLUED.matcher(words).find()) {
            // "Get more newsLiveonNBC News Now": the prompt's words run into the next element's
            boilerplateMatch = boilerplate.match(TextKey.withoutLeadingSymbols(TextKey.of(GLUED.matcher(words).replaceAll(" "))));
        }
        if (boilerplateMatch == null && wordCount <= BOILERPLATE_MAX_WORDS) {
            boilerplateMatch = countedLabel(unmarked);
        }
        phrase.add(boilerplateMatch);
        // a heading shared by two languages' lists ("Relacionadas") says nothing of the line's language; one list's
        // ("Recent Posts" on an Italian page) is in that list's language
        boolean listHeading = phrase.add(moreStories.line(unmarked));
        // a prompt told by words anywhere in a short line ("… direct to your inbox every Friday"), or a link
        // to another story set off by a marker ("// TikTok: cómo saber quiénes revisaron tu perfil")
        boolean prompt = boilerplateMatch == null && wordCount <= PROMPT_MAX_WORDS
                && (phrase.add(boilerplateWithin.within(key)) || (unpunctuated && LINK_MARKER.matcher(words).lookingAt())
                || sectionPath(key, phrase));
        // tags and inline images that a scrape left in the text: "<image>data:image/…"
        // and the labels of a page's controls ("Text Size", "reset"): no language either
        // and runs of icon names, a file's or an icon's name alone ("weather-image") or a player's counter
        // ("00 MIN 30 SEG") that nothing punctuates
        boolean markup = words.contains("data:image/") || (words.startsWith("<") && TAG.matcher(words).lookingAt())
                || SHORTCODE.matcher(words).matches() || SHORTCODE_VALUES.matcher(words).matches()
                || controls.isLine(key) || runOn(tokens, words)
                || counter(tokens) || MACHINE_NAME.matcher(words).matches() || contactLine(words, wordCount);
        // ("By", "Por:" alone: an author line's opener whose name the next line gives; one word is too short to tell a
        // language, two are not: "Published by")
        PhraseList.Match opener = authorLines.openerMatch(key);
        boolean openerAlone = opener != null && opener.length() >= PhraseList.withoutEndPunctuation(key).length();
        if (openerAlone && Arrays.stream(tokens).filter(token -> token.codePoints().anyMatch(Character::isLetter)).count() >= 2) {
            phrase.add(opener);
        }
        boolean authorLine = phrase.add(authorLines.line(key)) || openerAlone || agencies.isLine(key) || agencyDateline(words)
                || (wordCount <= AUTHOR_LINE_MAX_WORDS && ((unpunctuated && opensWithName(tokens, phrase))
                || endsWithCreditedName(key, tokens, phrase) || nameBarRole(words)))
                || (unpunctuated && journalistRole(tokens));
        Matcher nameThenVerb = NAME_THEN_VERB.matcher(first);
        boolean namedFirst = nameThenVerb.find();
        // the role follows the verb ("X is an award-winning journalist"), not a title before the name
        // ("Reporter David Cay Johnston revealed the tax documents")
        boolean bioOpening = namedFirst && roles.occursIn(TextKey.of(first.substring(nameThenVerb.start(1))));
        // a journalist's role alone ("Journaliste", "Jornalista" under an author's name) is in that role's language
        phrase.add(roles.line(key));
        boolean bioShape = namedFirst && bioVerbs.contains(TextKey.of(nameThenVerb.group(1)));
        boolean bioHeading = wordCount <= BIO_HEADING_MAX_WORDS && phrase.add(bioHeadings.within(key));
        boolean contact = false;
        for (String sentenceKey : sentenceKeys) {
            contact |= phrase.add(contacts.openerMatch(TextKey.withoutLeadingSymbols(sentenceKey)));
        }
        boolean creditOnly = wordCount <= CREDIT_ONLY_MAX_WORDS && unpunctuated && creditOnly(key, words, phrase);
        String opening = TextKey.withoutLeadingSymbols(key.startsWith("(") ? key.substring(1) : key);
        boolean credit = creditOnly || wordCount <= CAPTION_MAX_WORDS
                && (phrase.add(credits.openerMatch(opening))
                || ((unpunctuated || endsInParenthesisAndPeriod(words))
                && (credits.occursIn(lastKey, articles) || endsWithAgency(key) || CLOSING_SLASH_CREDIT.matcher(words).find())));
        String dateLanguage = dateLines.language(words);
        if (dateLanguage != null && !dateLanguage.isEmpty()) {
            phrase.add(dateLanguage);
        }
        // a cut teaser is a sentence or two; a paragraph of three that trails off is prose
        boolean truncated = (words.endsWith("…") || words.endsWith("...")) && sentences.size() <= TEASER_MAX_SENTENCES;
        boolean headline = wordCount <= HEADLINE_MAX_WORDS && words.length() <= HEADLINE_MAX_CHARS
                && !endsLikeProse(words) && startsLikeHeadline(words);
        String bareKey = PhraseList.withoutEndPunctuation(key);
        boolean givenTitle = givenTitleKey != null && !givenTitleKey.isEmpty() && bareKey.equals(givenTitleKey);
        boolean namesOnly = wordCount <= AUTHOR_LINE_MAX_WORDS && names.matcher(words).matches();
        boolean opensWithDateline = OPENING_DATELINE.matcher(words).lookingAt();
        boolean personName = boilerplateMatch == null && PERSON_NAME.matcher(words).matches();
        Matcher dashed = DASHED.matcher(words);
        boolean signature = boilerplateMatch == null
                && ((dashed.matches() && PERSON_NAME.matcher(dashed.group(1)).matches()) || INITIALS.matcher(words).matches());
        boolean outlet = outletName(tokens, words, phrase);
        boolean capsLink = wordCount >= CAPS_LINK_MIN_WORDS && upperCaseOnly(words) && TOPIC_COLON.matcher(words).find();
        return new SpanCues(hint, bareKey, letters(words), letterWords(tokens), sentences.size(),
                boilerplateMatch != null || listHeading || prompt || markup, markup,
                boilerplateMatch != null && words.endsWith(":"), listHeading,
                authorLine, namesOnly, personName, signature, HANDLE.matcher(words).matches() || EMAIL.matcher(words).matches(),
                dateLanguage != null,
                isPlace(tokens, unpunctuated), bioOpening, bioShape, bioHeading, contact, credit, creditOnly,
                opensWithDateline, !opensWithDateline && datedDash.matcher(words).find(), truncated, unpunctuated,
                BULLET.matcher(words).lookingAt(), headline, givenTitle, masthead.matcher(words).lookingAt(), capsLink,
                dateLanguage != null && dateLines.isPlainDate(words), words.endsWith(":"),
                namedWords(tokens),
                outlet, IMAGE_NAME.matcher(words).lookingAt(), phrase.languages());
    }

    /**
     * Whether a short line gives an e-mail address and a telephone number, a label or a name perhaps with them ("Melody
     * sales@mangawhaifocus.co.nz 021454814"): a page's contact list, no one's byline and no language's words.
     */
    private static boolean contactLine(String words, int wordCount) {
        if (wordCount > CONTACT_LINE_MAX_WORDS || words.length() > CONTACT_LINE_MAX_CHARS || words.indexOf('@') < 0
                || !EMAIL.matcher(words).find()) {
            return false;
        }
        Matcher phone = PHONE.matcher(words);
        while (phone.find()) {
            if (phone.group().chars().filter(Character::isDigit).count() >= 7) {
                return true;
            }
        }
        return false;
    }

    /**
     * The chrome phrase a line is with the number a page sets after it ("Advertisement 3": its advertisements' labels
     * numbered) or before it ("0 commentaire": the comments counted), or null.
     */
    private PhraseList.Match countedLabel(String line) {
        Matcher trailing = TRAILING_COUNTER.matcher(line);
        PhraseList.Match numbered = trailing.find() && trailing.start() > 0 ? boilerplate.line(line.substring(0, trailing.start())) : null;
        if (numbered != null) {
            return numbered;
        }
        Matcher leading = LEADING_COUNTER.matcher(line);
        return leading.find() && leading.end() < line.length() ? boilerplate.line(line.substring(leading.end())) : null;
    }

    /**
     * Whether the line is a photo's file name alone ("Hellenthal_Schoeller_Werk_3"): no language's words, though the
     * line stays the photo's caption (a name in lower case with hyphens is a page's own markup: {@code MACHINE_NAME}).
     */
    static boolean fileName(String line) {
        return FILE_NAME.matcher(line.strip()).matches();
    }

    /**
     * Whether the line is teams' names and figures only: a standings table's row, its rank, a name and figures ("1.HSG
     * Graz 6 4 1 1 166:153 9"), a fixture between two teams with their ranks ("SV Trebendorf (2. ) – LSV Neustadt/Spree
     * (7.)") or a result ({@link #scoreLine}): no language's words.
     */
    boolean namesAndFigures(String line) {
        // (a rank, a row's figures and a score all hold a digit: prose without one, most lines, is read no further)
        if (line.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        String stripped = line.strip();
        return RANKED_NAMES.matcher(stripped).matches() || RANKED_FIXTURE.matcher(stripped).matches() || scoreLine(stripped);
    }

    /**
     * Whether the line is a result, a score among names only ("AQUILA-GUBBIO 0-0", "Cabo Verde vs São Tomé e
     * Príncipe, 7-1", "0:1 Greiwe"): no language's words, only the score's small connectors beside the names.
     */
    private boolean scoreLine(String line) {
        Matcher score = SCORE.matcher(line);
        if (!score.find()) {
            return false;
        }
        String rest = score.replaceAll(" ");
        boolean named = false;
        for (String word : RESULT_SEPARATORS.split(rest)) {
            if (word.isEmpty() || word.chars().allMatch(Character::isDigit) || scoreConnectors.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
            named = true;
        }
        return named;
    }

    /**
     * Whether the line is a name, a bar and a journalist's role ({@code bio-roles}) or the place a dateline names in
     * capitals: "MARISA MILLER | MANAGING EDITOR", "Agustín GOIKOETXEA | BILBO".
     */
    private boolean nameBarRole(String words) {
        Matcher matcher = NAME_BAR_ROLE.matcher(words);
        if (!matcher.matches()) {
            return false;
        }
        String after = matcher.group(2).strip();
        return roles.occursIn(TextKey.of(after)) || (after.indexOf(' ') < 0 && PLACE_WORD.matcher(after).matches());
    }

    /**
     * Whether the line is a journalist's role alone, opening with a capital, its last words a {@code bio-roles} entry:
     * "Staff Writer", "Staff writer", "Sports Editor", "Reporter", as an author block sets it under the author's name.
     */
    private boolean journalistRole(String[] tokens) {
        if (tokens.length > JOURNALIST_ROLE_MAX_WORDS || tokens[0].isEmpty() || !Character.isUpperCase(tokens[0].codePointAt(0))) {
            return false;
        }
        for (int from = tokens.length - 1; from >= 0; from--) {
            if (roles.isLine(TextKey.of(String.join(" ", Arrays.copyOfRange(tokens, from, tokens.length))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "icon bookmark-bicon bookmarkicon cameraicon…": a long run of words with no punctuation and no article,
     * as a sprite's icon names or a menu come out of a scrape; a long caption without a period has articles.
     */
    private boolean runOn(String[] tokens, String words) {
        if (tokens.length < RUN_ON_MIN_WORDS || PUNCTUATION.matcher(words).find()) {
            return false;
        }
        for (String token : tokens) {
            if (articles.contains(TextKey.of(token))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "El Farandi.": an article and a capitalized name or two, closed by a period, as a site credits a
     * photo it took from another outlet; no sentence is only that. The article tells the language.
     */
    private boolean outletName(String[] tokens, String words, Languages phrase) {
        if (tokens.length < 2 || tokens.length > OUTLET_MAX_WORDS || !words.endsWith(".") || words.endsWith("..")
                || !capitalized(tokens[0])) {
            return false;
        }
        String article = TextKey.of(tokens[0]);
        if (!articles.contains(article)) {
            return false;
        }
        for (int i = 1; i < tokens.length; i++) {
            if (!capitalized(tokens[i])) {
                return false;
            }
        }
        String language = articleLanguages.get(article);
        if (language != null && !language.isEmpty()) {
            phrase.add(language);
        }
        return true;
    }

    /** How many words after the first open with a capital (or a quotation mark before one). */
    private static int namedWords(String[] tokens) {
        int named = 0;
        for (int i = 1; i < tokens.length; i++) {
            named += capitalized(tokens[i]) ? 1 : 0;
        }
        return named;
    }

    /** "00 MIN 30 SEG": numbers and short units in capitals, two numbers at least, nothing else. */
    private static boolean counter(String[] tokens) {
        int numbers = 0;
        for (String token : tokens) {
            if (!COUNTER_TOKEN.matcher(token).matches()) {
                return false;
            }
            numbers += Character.isDigit(token.charAt(0)) ? 1 : 0;
        }
        return numbers >= 2 && numbers * 2 >= tokens.length;
    }

    /** Letters, all of them capitals. */
    static boolean upperCaseOnly(String words) {
        boolean letters = false;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /**
     * A publication's name, as its masthead prints it above the headline: a few capitalized words ending
     * with a word of {@code publication-words} ("The Sunday Post", "El Universal"), then its city in
     * parentheses ("(Newcastle)"), a separator, or a motto run into it ("The Washington PostDemocracy Dies
     * in Darkness"); or, after an article, nothing. A headline about the paper goes on with a verb.
     */
    private static Pattern masthead(List<String> publicationWords) {
        List<String> quoted = publicationWords.stream().map(String::strip).filter(w -> !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList();
        if (quoted.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        String word = "\\p{Lu}[\\p{L}'’.&-]*";
        String publication = "(?:" + String.join("|", quoted) + ")";
        // the name alone ends the line only after an article: "Trump Slams Washington Post" is a headline
        String marked = "\\s*\\([^()]{2,40}\\)\\s*$|\\s*[|–—]|(?=\\p{Lu}\\p{Ll})";
        return Pattern.compile("(?:The|El|La|Los|Las|Le)\\s+(?:" + word + "\\s+){0,3}" + publication + "(?:" + marked + "|\\s*$)"
                + "|(?:" + word + "\\s+){0,3}" + publication + "(?:" + marked + ")");
    }

    /**
     * "By Jack Davis…", "Por: La Jornada", "sábado 12 agosto 2017, 12:41 AM Por: Marco Delgado Ayala": an
     * author-line opener, at the start or after the date the line was filed, then a capitalized word.
     */
    private boolean opensWithName(String[] line, Languages phrase) {
        // ("• By Alec Bruce, Local Journalism Initiative Reporter": a bullet before the line is the page's list, not its words)
        int marks = 0;
        while (marks < line.length - 1 && line[marks].codePoints().noneMatch(Character::isLetterOrDigit)) {
            marks++;
        }
        String[] tokens = Arrays.copyOfRange(line, marks, line.length);
        boolean dated = false;
        int lastFigure = -1;
        for (int at = 0; at < tokens.length - 1 && at <= DATED_AUTHOR_LINE_MAX_PREFIX; at++) {
            boolean figure = tokens[at].chars().anyMatch(Character::isDigit);
            if (at > 0 && (!dated || at - lastFigure > DATE_TO_OPENER_MAX_WORDS)) {
                // (the opener follows the date, an "AM" or a bar between them at most: "Turris – Potenza 0-2: Le
                // parole di Fabiano, …" is a headline whose score is no date)
                dated |= figure;
                lastFigure = figure ? at : lastFigure;
                continue;
            }
            OpenerAt opener = openerAt(tokens, at);
            if (opener != null) {
                int openerWords = opener.words();
                // "Redacción / La Voz de Michoacán": a separator may stand between the opener and the name
                if (at + openerWords + 1 < tokens.length && LEADING_PUNCTUATION.matcher(tokens[at + openerWords]).matches()) {
                    openerWords++;
                }
                if (at + openerWords < tokens.length) {
                    String next = LEADING_PUNCTUATION.matcher(tokens[at + openerWords]).replaceFirst("");
                    if (!next.isEmpty() && Character.isUpperCase(next.codePointAt(0))) {
                        // ("By Mike Pickford", "Por: Leonel García": the opener and a name only, too short to tell a
                        // language, as a name alone is)
                        return nameOnly(Arrays.copyOfRange(tokens, at + openerWords, tokens.length)) || phrase.add(opener.match());
                    }
                }
            }
            dated |= figure;
            lastFigure = figure ? at : lastFigure;
        }
        return false;
    }

    /** Whether the words are a name and nothing else: a few words, each opening with a capital, letters only. */
    private static boolean nameOnly(String[] words) {
        if (words.length == 0 || words.length > NAME_ONLY_MAX_WORDS) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Instagram / presidenciasv", "(ESPECIAL)", "(People en Español)", "Photo by Jordan Strauss/Invision/AP":
     * a credit and nothing else; a few words in parentheses on a line of their own credit a photo or a story.
     */
    private boolean creditOnly(String key, String words, Languages phrase) {
        String inner = key;
        if (key.startsWith("(") && key.endsWith(")")) {
            inner = key.substring(1, key.length() - 1).strip();
            if (phrase.add(credits.line(inner)) || agencies.isLine(inner)
                    || (!inner.isEmpty() && WHITE_SPACE.split(inner).length <= PARENTHESIZED_CREDIT_MAX_WORDS
                    && endsWordy(inner))) {
                return true;
            }
        }
        // ("Atualizado em 27/03/2022 às 11h43": slashes between figures write a date, not a photographer and an agency)
        return phrase.add(credits.openerMatch(inner))
                || (!words.contains("://") && !words.contains("www.") && SLASH_CREDIT.matcher(inner).matches()
                && !DateLines.holdsDateInFigures(inner) && namesAfterSlash(words));
    }

    /**
     * Whether the words after a credit's last slash name someone, a place or an archive, one word in lower case at
     * most ("Reuters/File", "Instagram / presidenciasv"): "Portalban/Gletterens reçoit une leçon" is a headline, its
     * clause going on after the slash.
     */
    private static boolean namesAfterSlash(String words) {
        String after = words.substring(words.lastIndexOf('/') + 1).strip();
        int lowerCase = 0;
        for (String word : WHITE_SPACE.split(after)) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
                lowerCase++;
            }
        }
        return lowerCase <= 1;
    }

    /**
     * A section's name or a path of them, as pages print above a headline: "News / Politics", "Política |
     * Actualidad", "Crime & Safety". Every part must be a name of the {@code sections} lists.
     */
    private boolean sectionPath(String key, Languages phrase) {
        String[] parts = SECTION_SEPARATOR.split(key);
        List<PhraseList.Match> matches = new ArrayList<>(parts.length);
        for (String part : parts) {
            PhraseList.Match match = sections.line(part.strip());
            if (match == null) {
                return false;
            }
            matches.add(match);
        }
        matches.forEach(phrase::add);
        return true;
    }

    /** "MADRID, 8 (EUROPA PRESS)": a place in capitals, perhaps a day, and an agency in parentheses, alone on the line. */
    private boolean agencyDateline(String words) {
        Matcher dateline = AGENCY_DATELINE.matcher(words);
        return dateline.matches() && agencies.isLine(TextKey.of(dateline.group(2)));
    }

    /**
     * "… Julian Assange Reuters", "— Reuters/File", "… January 6, 2015. REUTERS/Jay Westcott": an agency's
     * name among the last one to three words of the line, or before a slash among its last four.
     */
    private boolean endsWithAgency(String key) {
        String[] tokens = PhraseList.withoutEndPunctuation(key).split(" ");
        // "… Chema Moya (EFE)": the agency in parentheses
        tokens[tokens.length - 1] = OPENING_BRACKETS.matcher(tokens[tokens.length - 1]).replaceFirst("");
        for (int n = 1; n <= Math.min(3, tokens.length); n++) {
            String[] last = Arrays.copyOfRange(tokens, tokens.length - n, tokens.length);
            if (agencies.isLine(String.join(" ", last))) {
                return true;
            }
            if (n == 1) {
                for (String part : last[0].split("/")) {
                    if (!part.isEmpty() && agencies.isLine(part)) {
                        return true;
                    }
                }
            }
        }
        for (int at = Math.max(0, tokens.length - 4); at < tokens.length; at++) {
            int slash = tokens[at].indexOf('/');
            if (slash > 0 && agencies.isLine(TextKey.withoutLeadingSymbols(tokens[at].substring(0, slash)))) {
                return true;
            }
        }
        return false;
    }

    /** "NEW YORK", "CIUDAD DE MÉXICO": one to four words in capitals, no digits, as a dateline's place is set. */
    private static boolean isPlace(String[] tokens, boolean unpunctuated) {
        if (tokens.length > PLACE_MAX_WORDS || !unpunctuated) {
            return false;
        }
        int letters = 0;
        for (String token : tokens) {
            if (!PLACE_WORD.matcher(token).matches()) {
                return false;
            }
            letters += letters(token);
        }
        return letters >= 4;
    }

    private static List<String> sentences(String text, Span span) {
        List<String> sentences = new ArrayList<>();
        for (Sentence sentence : span.sentences()) {
            sentences.add(text.substring(sentence.start(), sentence.end()));
        }
        if (sentences.isEmpty()) {
            sentences.add(text.substring(span.start(), span.end()));
        }
        return sentences;
    }

    /** Whether the text ends in a letter or digit, no punctuation after it. */
    private static boolean endsWordy(String text) {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(text.length() - 1));
    }

    /** A closing parenthesis with a period: AP's captions end so ("(AP Photo/Evan Vucci, File)."). */
    private static boolean endsInParenthesisAndPeriod(String words) {
        return words.endsWith(").");
    }

    /**
     * Words of scripts written without spaces (Chinese, Japanese, Thai…), which splitting at spaces does
     * not count: about one a two characters, so that a paragraph of them is as long as it looks.
     */
    private static int unspacedWords(String words) {
        int characters = 0;
        for (int i = 0; i < words.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(words.charAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI) {
                characters++;
            }
        }
        return characters / 2;
    }

    /** Whether the text ends as a sentence does. */
    private static boolean endsSentence(String words) {
        String trimmed = words.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '…'
                || last == '"' || last == '”' || last == '»' || last == '。' || last == '！' || last == '？'
                || last == '」' || last == '』';
    }

    /**
     * A headline may end in "?" or "!", never in a period, colon or ellipsis; nor in a quotation in double
     * marks that closes a sentence ("…for this pandemic.”"). Headlines quote in single marks, and may end
     * in a quoted sentence ("Roy Moore tells AP 'everybody knows I can win.'").
     */
    private static boolean endsLikeProse(String words) {
        String trimmed = words.strip();
        int end = trimmed.length();
        while (end > 1 && "”\"»)」』".indexOf(trimmed.charAt(end - 1)) >= 0) {
            end--;
        }
        char last = trimmed.charAt(end - 1);
        return last == '.' || last == ':' || last == ';' || last == ',' || last == '…' || last == '。';
    }

    private static boolean startsLikeHeadline(String words) {
        int first = words.strip().codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'¿¡«".indexOf(first) >= 0;
    }

    static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    /** Words of two letters or more: "High: 53°F ~ Low: 43°F" has two. */
    private static int letterWords(String[] tokens) {
        int words = 0;
        for (String token : tokens) {
            if (letters(token) >= 2) {
                words++;
            }
        }
        return words;
    }

    /**
     * Two or more people's names and nothing else, joined by "and" ("Andrea Becerril y Víctor Ballinas"):
     * each name two to four capitalized words, with the particles of {@code name-particles.txt} between them.
     */
    private static Pattern names(List<String> particles) {
        List<String> quoted = particles.stream().map(p -> Pattern.quote(p.strip())).filter(p -> !p.equals("\\Q\\E")).toList();
        String particle = quoted.isEmpty() ? "" : "(?:(?:" + String.join("|", quoted) + ")\\s+)*";
        String name = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+" + particle + "\\p{Lu}[\\p{L}'’.-]+){1,3}";
        return Pattern.compile(name + "(?:\\s*,\\s*" + name + ")*\\s+(?:y|e|and|&)\\s+" + name);
    }

    /**
     * A date, then " - ": agencies' captions append the story's first line to the photo's dated
     * description ("…in Mexico City on March 11, 2019. - It has been…"); or " - " and a date that closes
     * the line, as photo agencies date an event's picture. Month names come from ICU for
     * every configured language; Spanish writes "11 de marzo de 2019".
     */
    private static Pattern datedDash(List<String> languages) {
        Set<String> months = new LinkedHashSet<>();
        for (String language : languages) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(new ULocale(language));
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                for (String month : symbols.getMonths(DateFormatSymbols.FORMAT, width)) {
                    String bare = month.replace(".", "").strip();
                    if (bare.length() >= 3) {
                        months.add(Pattern.quote(bare));
                    }
                }
            }
        }
        List<String> sorted = new ArrayList<>(months);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        String month = "(?:" + String.join("|", sorted) + ")";
        String date = "(?:\\b" + month + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                + "|\\b\\d{1,2}\\.?\\s+(?:de\\s+)?" + month + "\\.?,?\\s+(?:del?\\s+)?\\d{4})";
        // or the photo agencies' other way round, the date closing the line: "Variety Studio presented by
        // AT&T, Day 2, Toronto International Film Festival, Canada - 08 Sep 2018" (Shutterstock)
        return Pattern.compile(date + "\\.?\\s+[-–—]\\s+\\S|\\S\\s+[-–—]\\s+" + date + "\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The languages of the dictionary phrases a span was recognized by. */
    private static final class Languages {
        /** The languages every phrase so far was in; null before the first. */
        private Set<String> candidates;

        /** Notes the match's languages; true when there was a match. */
        boolean add(PhraseList.Match match) {
            if (match == null) {
                return false;
            }
            retain(match.languages());
            return true;
        }

        void add(String language) {
            retain(Set.of(language));
        }

        private void retain(Set<String> languages) {
            if (candidates == null) {
                candidates = new LinkedHashSet<>(languages);
            } else {
                candidates.retainAll(languages);
            }
        }

        /** The languages whose lists hold every phrase found: one, several ("Comentarios"), or none. */
        Set<String> languages() {
            return candidates == null ? Set.of() : Set.copyOf(candidates);
        }
    }
}
