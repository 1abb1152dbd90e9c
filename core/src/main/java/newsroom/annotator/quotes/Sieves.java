package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.Attribution;
import newsroom.annotator.quotes.ReportingCues.Cue;

/**
 * The sieves in the order they are tried, read from {@code quote-sieves.txt}: the first that decides
 * attributes the quotation. Immutable and thread-safe.
 */
final class Sieves {

    /** Every sieve there is, by name. */
    private static final Map<String, Sieve> KNOWN = List.of(
                    new ConstructionSieve(), new PartialBeforeNextClauseSieve(), new VerbAfterSieve(), new VerbBeforeSieve(), new CueAfterSieve(),
                    new CueBeforeSieve(), new ClosingClauseSieve(), new InnerClauseSieve(), new SameClauseSieve(), new ParticipleClauseSieve(), new SentenceBeforeSieve(), new HeadlineSieve(),
                    new ColonClauseSieve(), new AuthorLineSieve(), new InterviewAnswerSieve(), new ListOfVoicesSieve(), new ContinuationSieve(), new ClauseSubjectSieve(), new IndirectSpeechSieve(), new SpeakerLabelSieve(), new PostEchoSieve(),
                    new DocumentAuthorSieve(), new TextPredicateSieve(), new UnlistedVerbAfterSieve())
            .stream().collect(Collectors.toMap(Sieve::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));

    private final List<Sieve> order;

    Sieves(List<String> names) {
        List<Sieve> sieves = new ArrayList<>();
        for (String name : names) {
            Sieve sieve = KNOWN.get(name.strip());
            if (sieve == null) {
                throw new IllegalArgumentException("quote-sieves.txt names no sieve '" + name.strip() + "'; sieves are " + KNOWN.keySet());
            }
            sieves.add(sieve);
        }
        this.order = List.copyOf(sieves);
    }

    static Sieves load(Dictionaries dictionaries) {
        return new Sieves(dictionaries.table("quote-sieves.txt"));
    }

    /** The names of every sieve there is, whether this order uses it or not. */
    static List<String> known() {
        return List.copyOf(KNOWN.keySet());
    }

    List<String> names() {
        return order.stream().map(Sieve::name).toList();
    }

    /**
     * The first decision of a sieve in order, with that sieve's name, or null when every sieve passed. A
     * decision that names nobody ("a spokesman said") stands unless a later sieve that may name the
     * unnamed names someone; that one then keeps the first decision's cue.
     */
    Named decide(QuoteContext quote) {
        Named unnamed = null;
        for (Sieve sieve : order) {
            if (unnamed != null && !sieve.namesTheUnnamed()) {
                continue;
            }
            Decision decision = sieve.decide(quote);
            if (decision == null || (unnamed != null && decision.attribution() == null)) {
                continue;
            }
            if (unnamed != null && unnamed.decision().cue() != null) {
                decision = withCue(decision, unnamed.decision().cue(), quote.reading().text());
            }
            Named named = new Named(decision.rule() != null ? decision.rule() : sieve.name(), decision);
            if (decision.attribution() != null) {
                return named;
            }
            unnamed = named;
        }
        return unnamed;
    }

    /** The decision with the reporting verb of the clause that named nobody, which still reports the words. */
    private static Decision withCue(Decision decision, Cue cue, String text) {
        Attribution attribution = decision.attribution().withCue(text.substring(cue.start(), cue.end()));
        return new Decision(attribution, cue, decision.mention(), decision.rule());
    }

    /** A decision and the sieve that made it. */
    record Named(String rule, Decision decision) {
    }
}
