package newsroom.annotator.posts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsroom.annotator.dates.DateParser;
import newsroom.annotator.dates.IsoDates;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.dictionaries.PhraseList;
import newsroom.annotator.language.EntityMasker;
import newsroom.annotator.language.LanguageIdentifier;
import newsroom.annotator.language.LinearExtractor;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.model.Hint;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import newsroom.annotator.model.TextRange;
import newsroom.annotator.pipeline.Document;
import newsroom.annotator.pipeline.Layer;
import newsroom.annotator.pipeline.Stage;

/**
 * Finds the article's embedded social-media posts and makes each one a {@code post} quote: bounded
 * (its spans retyped {@code post}), attributed (platform, name, handle, date, address), put in the
 * language of its own words and given its mentions, hashtags and links. Signatures are read in English,
 * Spanish and every configured language. Built once; immutable and thread-safe.
 */
public final class PostsStage implements Stage {

    private final Signatures signatures;
    private final PostFinder finder;
    private final PostEntities entities;
    private final StretchLanguage language;
    private final SpanCutter cutter;

    private PostsStage(Signatures signatures, PostFinder finder, PostEntities entities, StretchLanguage language) {
        this.signatures = signatures;
        this.finder = finder;
        this.entities = entities;
        this.language = language;
        this.cutter = new SpanCutter(language);
    }

    /** The stage for the given configured languages, with English and Spanish always among them. */
    public static PostsStage create(Dictionaries dictionaries, Collection<String> codes, DateParser dates,
                                    LanguageIdentifier identifier) {
        Set<String> languages = new LinkedHashSet<>(List.of("en", "es"));
        languages.addAll(codes);
        EntityMasker masker = new EntityMasker();
        PostLinks links = PostLinks.fromTable(dictionaries.table("post-links.tsv"));
        Signatures signatures = Signatures.fromLines(dictionaries.list(languages, "post-signatures"), dates, links);
        StretchLanguage language = new StretchLanguage(identifier, masker);
        PostMentions mentions = new PostMentions(dictionaries.list(languages, "post-lead-ins"),
                dictionaries.list(languages, "reporting-verbs"), KnownNames.fromTable(dictionaries.table("handles.tsv")));
        PostFinder finder = new PostFinder(links, mentions, masker, new PostLength(), language,
                new SitePrompts(new PhraseList(dictionaries, List.copyOf(languages), "boilerplate")));
        return new PostsStage(signatures, finder, new PostEntities(new LinearExtractor()), language);
    }

    @Override
    public String name() {
        return "posts";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SPANS, Layer.SENTENCES, Layer.LANGUAGES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.POSTS);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Mark> marks = signatures.find(text, document.article().bodyStart());
        List<Embed> embeds = finder.find(document, marks);
        if (embeds.isEmpty()) {
            return document;
        }
        Set<String> allowed = Set.copyOf(document.article().languages());
        int id = document.nextQuoteId();
        List<Quote> posts = new ArrayList<>(embeds.size());
        for (Embed embed : embeds) {
            posts.add(quote(id++, embed, document, allowed));
        }
        List<Quote> quotes = new ArrayList<>(document.quotes());
        quotes.addAll(posts);
        return document.withSpans(cutter.cut(text, document.spans(), posts, allowed)).withQuotes(quotes);
    }

    private Quote quote(int id, Embed embed, Document document, Set<String> allowed) {
        String text = document.text();
        LanguageGuess guess = language.guess(embed.scores(), allowed);
        Hint hint = embed.hint();
        if (!guess.isKnown() && hint != null && hint.attribute("lang") != null
                && (allowed.isEmpty() || allowed.contains(hint.attribute("lang")))) {
            // too few words to read; the page declared the post's language
            guess = new LanguageGuess(hint.attribute("lang"), 1.0, guess.scores());
        }
        return new Quote(id, QuoteKind.POST, embed.start(), embed.end(),
                text.substring(embed.bodyStart(), embed.bodyEnd()), guess, embed.platform().wireName(),
                attribution(embed), entities.of(text, embed.bodyStart(), embed.bodyEnd(), embed.platform()));
    }

    /** Who the chrome names, then the post's address, then what the page's markup adds; null when nothing is known. */
    private static Attribution attribution(Embed embed) {
        String name = null;
        TextRange nameAt = null;
        String handle = null;
        LocalDate date = null;
        String dateText = null;
        String url = null;
        for (Mark mark : embed.chrome()) {
            if (name == null && mark.name() != null) {
                name = mark.name();
                nameAt = mark.nameAt();
            }
            handle = handle == null ? mark.handle() : handle;
            if (date == null && mark.date() != null) {
                date = mark.date();
                dateText = mark.dateText();
            }
            url = url == null ? mark.url() : url;
        }
        if (embed.link() != null) {
            handle = handle == null ? embed.link().handle() : handle;
            url = url == null ? embed.link().url() : url;
        }
        Hint hint = embed.hint();
        if (hint != null) {
            name = name == null ? hint.attribute("name") : name;
            handle = handle == null ? withoutAt(hint.attribute("handle")) : handle;
            date = date == null ? IsoDates.dateOf(hint.attribute("date")) : date;
            url = url == null ? hint.attribute("url") : url;
        }
        if (name == null && handle == null && date == null && url == null) {
            return null;
        }
        return new Attribution(name, handle, date, dateText, url, null, nameAt, null);
    }

    private static String withoutAt(String handle) {
        return handle != null && handle.startsWith("@") ? handle.substring(1) : handle;
    }
}
