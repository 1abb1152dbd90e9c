package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsroom.annotator.Annotator;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** Where a quotation starts and ends: the words inside its marks, whatever the marks and the apostrophes. */
class QuotationMarksTest {

    /** The quotations of the plain-text article {@code text}, posts left out. */
    private static List<Quote> quotes(String text) {
        return Annotators.annotate(text).quotes().stream().filter(q -> q.kind() != QuoteKind.POST).toList();
    }

    /** The words of {@code text} that the quote covers. */
    private static String covered(String text, Quote quote) {
        return text.substring(quote.start(), quote.end());
    }

    /** The quotations of the plain-text article {@code text} as {@code annotator} reads it, posts left out. */
    private static List<Quote> quotes(Annotator annotator, String text) {
        return annotator.annotate(annotator.plainText().read("article", text)).quotes().stream()
                .filter(q -> q.kind() != QuoteKind.POST).toList();
    }

    @Test
    void quoteOffsetsAreTheWordsInsideTheMarks() {
        // breitbart.com, "Mexican President Offers Political Asylum to Julian Assange" (the project's example)
        String text = "AMLO’s spokesman Jesus Ramirez Cuevas said that Mexico’s government asked for an end to "
                + "Assange’s “torture” and for his release.";
        Quote quote = quotes(text).get(0);
        assertEquals("torture", covered(text, quote));
        assertEquals("torture", quote.text());
        assertEquals(QuoteKind.PARTIAL, quote.kind());
        assertEquals("Jesus Ramirez Cuevas", text.substring(quote.attribution().nameAt().start(), quote.attribution().nameAt().end()));
    }

    @Test
    void aStatementInSingleMarksOverParagraphsReopensEachOne() {
        // localgov.co.uk, "Council chief says on YouTube: I'm sorry about bin chaos": British single marks, each
        // paragraph reopening with ' and only the last closing
        String text = "In the video Cllr Cornelius says: 'We’re working to get it right and I believe we have turned a corner and "
                + "that we will start to start to see an improvement in the service this week.\n\n'We had to do this because "
                + "it's not been done for many, many years and it's simply become unfair in the way the work was allocated "
                + "between various crews.\n\n'We make 359,000 collections of bins every week, it's a huge number, but even a "
                + "small percentage can have a huge impact on people.\n\n'We're working hard to get it right and I believe "
                + "we've turned a corner now.'\n\nSIGN UP";
        List<Quote> quotes = quotes(text);
        assertEquals(4, quotes.size());
        assertEquals("We’re working to get it right and I believe we have turned a corner and that we will start to start "
                + "to see an improvement in the service this week.", covered(text, quotes.get(0)));
        assertEquals("We're working hard to get it right and I believe we've turned a corner now.",
                covered(text, quotes.get(3)));
        assertTrue(quotes.stream().allMatch(q -> q.attribution() != null && "Cornelius".equals(q.attribution().name())));
    }

    @Test
    void aStatementInCurlySingleMarksOverParagraphsIsNoScareQuote() {
        // guernseypress.com, Deputy Trott on the no-confidence debate: the statement runs over two paragraphs in ‘…’,
        // right after a partial quotation of his, and no cue stands before it
        String text = "Deputy Trott said the day’s debate had been ‘absolutely bizarre’.\n\n‘The consequences of this are now that "
                + "the motion of no confidence, laid on 1 November, could potentially not be decided until the end of January.\n\n"
                + "‘This matter should have been completed today or we should come back tomorrow morning to get it done. It’s "
                + "farcical, this is panto season stuff.’";
        List<Quote> quotes = quotes(text);
        assertEquals(3, quotes.size());
        assertEquals("The consequences of this are now that the motion of no confidence, laid on 1 November, could potentially "
                + "not be decided until the end of January.", covered(text, quotes.get(1)));
        assertEquals("This matter should have been completed today or we should come back tomorrow morning to get it done. "
                + "It’s farcical, this is panto season stuff.", covered(text, quotes.get(2)));
    }

    @Test
    void aSingleMarkOpeningParagraphsThatNeverCloseIsNoQuotation() {
        // an elision at a paragraph's start reopens nothing: no paragraph closes what the first opened
        String text = "The mayor said: 'Tis the season, as the old verse goes, and the bins are late again.\n\n"
                + "'Twas ever thus in the borough, residents complained on Monday.\n\nThe council has not replied.";
        assertTrue(quotes(text).isEmpty());
    }

    @Test
    void closingMarksTypedForOpeningOnesStillQuote() {
        // sassarioggi.it, Sassari's council: ”…” for “…”, two partial quotations in one sentence
        Annotator italian = Annotators.allLanguages();
        String sassari = "L’ex magistrato Mariano Brianda, e candidato sindaco sconfitto, ha definito Campus un ”uomo solo al "
                + "comando” che vuole solo un’opposizione compiacente. Il consigliere comunale Giuseppe Mascia (PD) ha segnalato "
                + "come la cosa più importante del programma sia ”il non detto” e l’altro consigliere ha parlato.";
        List<Quote> quotes = quotes(italian, sassari);
        assertEquals(List.of("uomo solo al comando", "il non detto"),
                quotes.stream().map(q -> covered(sassari, q)).toList());
        // enqueteplus.com, Thiès: a curly pair of single marks typed for each double one, ‘’…’’
        String thies = "Car la Cour d'appel a cassé la composition du premier bureau municipal, pour ‘’non-respect de la parité’’.";
        List<Quote> paired = quotes(italian, thies);
        assertEquals(1, paired.size());
        assertEquals("non-respect de la parité", covered(thies, paired.get(0)));
        // a ” that closes a “…” opens nothing, and one before a word that no ” closes later is no quotation
        String closed = "The mayor called it “a disgrace” and left. He said nothing of ”the plan until Friday.";
        assertEquals(List.of("a disgrace"), quotes(closed).stream().map(q -> covered(closed, q)).toList());
    }

    @Test
    void aClosingMarkAfterAColonOpensTheQuotationTheColonAnnounces() {
        // abcdiario.com.ar, "En medio de la cuarentena Maluma no puede esconder su dolor"
        String text = "Hace un par de días Maluma  lanzó una nueva canción de su álbum en la cual habla del pasar del tiempo "
                + "y las dificultades que se presentan titulada ”ADMV’, la cual ya está siendo un rotundo éxito. En su estreno el "
                + "cantante expresó: ”Estamos pasando momentos difíciles pero espero que con esta canción puedan sentir cerca a "
                + "los que están lejos.”";
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size());
        assertEquals("Estamos pasando momentos difíciles pero espero que con esta canción puedan sentir cerca a los que están lejos.",
                covered(text, quotes.get(0)));
    }

    @Test
    void aReversedFrenchMarkAfterAColonOpensTheQuotationTheColonAnnounces() {
        // lhebdo17.com, La Rochelle's court: the page sets » … « the wrong way round, with the French spaces inside
        Annotator french = Annotators.allLanguages();
        String text = "En entrant sous escorte dans le box des prévenus, Laurent est surpris : » Je n’ai pas d’avocat. Je ne comprends pas « . Le tribunal lui rappelle qu’il avait connaissance de cette date d’audience depuis le jour des faits.";
        List<Quote> quotes = quotes(french, text);
        assertEquals("Je n’ai pas d’avocat. Je ne comprends pas", covered(text, quotes.get(0)));
    }

    @Test
    void straightMarksWithSpacesInsideStillQuote() {
        // cronista.com, the reply of Martín Tetaz to Gabriela Cerruti: straight marks set with a space inside, as
        // French sets « »
        String text = "El economista salió al cruce.\n\nY agregó: \" No anunció nada en materia de política monetaria ni "
                + "cambiaria. La inflación la causan ustedes. A propósito \".\n\n\" El presidente presentó un plan. Nadie se "
                + "salva solo \", publicó.";
        List<Quote> quotes = quotes(text);
        assertEquals(2, quotes.size());
        assertEquals("No anunció nada en materia de política monetaria ni cambiaria. La inflación la causan ustedes. A propósito",
                covered(text, quotes.get(0)));
        assertEquals("El presidente presentó un plan. Nadie se salva solo",
                covered(text, quotes.get(1)));
    }

    @Test
    void aParagraphWhollyInSingleMarksIsAQuotationScareQuotesAreNot() {
        // portsmouth.co.uk, Plymouth boss Steven Schumacher after a draw: the page quotes with single marks
        String text = "Plymouth boss Steven Schumacher spoke after the draw.\n\n"
                + "‘Both teams had spells where they were on top and created some good chances and in the end we are probably "
                + "happy with a point - another one on the board.’\n\nThe draw left both sides with a ‘fair result’ on the table.";
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size());
        assertEquals("Both teams had spells where they were on top and created some good chances and in the end we are "
                + "probably happy with a point - another one on the board.", covered(text, quotes.get(0)));
        assertEquals("Steven Schumacher", quotes.get(0).attribution().name());
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        // greilmarcus.net/2014/08/31/any-good-rock-n-roll-song-interview-083014/
        String text = "“…We don’t need the songs that most people know as a way of opening the door to the question of "
                + "why we’re so moved by this music. For that matter, I hate ‘Rock Around The Clock.’ I didn’t like it "
                + "when I was 10 years old. I don’t like it now. But the whole argument is that any good rock ‘n’ roll "
                + "song can tell the story of rock ‘n’ roll…”";
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size());
        assertEquals(1, quotes.get(0).start());
        assertEquals(text.length() - 1, quotes.get(0).end());
    }

    @Test
    void elisionsAndPossessivesOutsideQuotesOpenNothing() {
        // quotewars.com/quote.php?id=413781 and m.newtimesslo.com/opinion/what-a-riot-2950550
        String text = "In the '90s, guitar solos were dead.\n\nThe spirit of rock 'n' roll is alive and well.\n\n"
                + "Unless that music is rock'n'roll, in which case it's more dangerous than Harley-Davison unicycle "
                + "with a suicide shifter and a bald tire.";
        assertTrue(quotes(text).isEmpty());
    }

    @Test
    void nestedStraightQuotesCloseWithTheOuterOne() {
        // ksl.com, "Pena Nieto: No president thinks 'how do I screw Mexico?'" (AP)
        String text = "\"I don't think any president has woken up and thought, and forgive me for saying it, "
                + "'How do I screw Mexico?'\" Pena Nieto said.";
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size());
        assertTrue(quotes.get(0).text().endsWith("'How do I screw Mexico?'"), quotes.get(0).text());
        assertEquals("Pena Nieto", quotes.get(0).attribution().name());
    }

    @Test
    void quotationOverTwoParagraphsIsOneQuoteAParagraph() {
        // prmadhura3.blogspot.com/2011/07/shame-of-media-full-text-of-murdochs.html (AP text of Murdoch's statement)
        String first = "\"Mr. Chairman. Select Committee Members:";
        String second = "\"With your permission, I would like to read a short statement.";
        String text = first + "\n\n" + second;
        List<Quote> quotes = quotes(text);
        assertEquals(2, quotes.size());
        // the mark repeated at the second paragraph is not a quoted word
        assertEquals(1, quotes.get(0).start());
        assertEquals(first.length(), quotes.get(0).end());
        assertEquals(first.substring(1), quotes.get(0).text());
        assertEquals(first.length() + 3, quotes.get(1).start());
        assertEquals(text.length(), quotes.get(1).end());
        assertEquals(second.substring(1), quotes.get(1).text());
        assertEquals(QuoteKind.DIRECT, quotes.get(1).kind());
    }

    @Test
    void quotationOverThreeParagraphsEndsAtItsClosingMark() {
        // eluniversal.com.mx/nacion/por-meme-que-vio-en-el-face-amlo-se-mofa-de-pronunciacion-de-xochitl-galvez-y-sugiere-debate-en-ingles
        String text = "“Pero ahora el diablillo está sugiriendo que, como somos internacionalistas y es importante la "
                + "globalidad. ¿O no? ¿No es eso lo que sostienen los tecnócratas? Sugieren que un debate de los "
                + "candidatos y candidatas se haga en inglés.\n\n“Que estaría bueno un debate en inglés entre los "
                + "candidatos”, dijo entre risas.";
        List<Quote> quotes = quotes(text);
        assertEquals(2, quotes.size());
        assertEquals(1, quotes.get(0).start());
        assertEquals(text.indexOf("\n"), quotes.get(0).end());
        assertEquals(text.indexOf("Que estaría"), quotes.get(1).start());
        assertEquals(text.indexOf("”"), quotes.get(1).end());
    }

    @Test
    void aQuotationWhoseNextParagraphLostItsOpeningMarkIsOneQuoteAParagraph() {
        // elquintanaroo.mx/que-se-filtren-las-cosas-lopez-gatell-sobre-un-supuesto-audio-filtrado
        String first = "“No conozco este audio. Que se filtren las cosas, cuando uno no tiene nada que ocultar no pasa "
                + "absolutamente nada. Si era mi voz y es verídico que fue mi voz y yo lo dije, excelente.";
        String second = "Eso es lo que dije. Qué bueno porque ahí está el audio”, señaló el subsecretario. El audio fue "
                + "filtrado por parte de una agencia internacional de noticias, de acuerdo al reportero.";
        String text = first + "\n\n" + second;
        List<Quote> quotes = quotes(text);
        assertEquals(2, quotes.size());
        assertEquals(1, quotes.get(0).start());
        assertEquals(first.length(), quotes.get(0).end());
        assertEquals(first.length() + 2, quotes.get(1).start());
        assertEquals(text.indexOf("”"), quotes.get(1).end());
        assertEquals(second.substring(0, second.indexOf("”")), quotes.get(1).text());
    }

    @Test
    void dialogueTurnLeavesOutTheNarratorsWords() {
        // jornada.com.mx/2024/01/03/politica/005n1pol
        String text = "Villahermosa, Tab., Ante las afirmaciones de algunos opositores, el presidente Andrés Manuel "
                + "López Obrador rechazó que se esté preparando una elección de Estado.\n\n"
                + "–No, no lo he visto, pero yo no sé nada de eso –respondió sin ahondar.";
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size());
        assertEquals("No, no lo he visto, pero yo no sé nada de eso", quotes.get(0).text());
        assertEquals("respondió", quotes.get(0).attribution().cue());
    }

    @Test
    void aHyphenRightBeforeTheFirstWordOpensADialogueTurn() {
        // elespanol.com/espana/politica/20210523/oscar-puente-portavoz-psoe-felipe-guerra-preocupa/583192383_0.html
        String text = "Le planteamos al alcalde una “confesión” en tres actos. Le hace gracia porque fue actor de teatro.\n\n"
                + "-Me ha dicho un compañero vallisoletano que si no le saco un titular gordo, seré el periodista más "
                + "inútil del país.\n\n-No tengo la lengua de madera. Su misión será sencilla.";
        List<Quote> turns = quotes(text).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertEquals(2, turns.size());
        assertEquals("No tengo la lengua de madera. Su misión será sencilla.", turns.get(1).text());
    }

    @Test
    void singleQuotesWithoutAReportingVerbAreNotQuotations() {
        // ecuadorenvivo.com/blog/2024/06/18/secretaria-de-comunicacion-dice-que-declaraciones-de-noboa-a-the-new-yorker-fueron-descontextualizadas
        String text = "‘Por favor, ayuda’: el clamor de Daniel Noboa a la CIA";
        assertTrue(quotes(text).isEmpty());
    }

    @Test
    void singleQuotesWithAReportingVerbAreQuotations() {
        // diez.hn/internacionales/pique-la-prensa-emite-lo-que-quiere-solo-las-palabras-y-respuestas-PUDZ936283
        String text = "También confesó que le hablaron a Mascherano para que tirara el penalti. 'A 'Masche' le hemos "
                + "dicho que tirase el penalti, pero no se veía con confianza y no lo ha querido tirar. Pero se lo he "
                + "preguntado'.";
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size());
        // the nested 'Masche' neither closes the quotation nor opens another
        assertEquals("A 'Masche' le hemos dicho que tirase el penalti, pero no se veía con confianza y no lo ha querido "
                + "tirar. Pero se lo he preguntado", quotes.get(0).text());
        assertEquals(QuoteKind.DIRECT, quotes.get(0).kind());
    }

    @Test
    void oddMarksNeverBreakTheStage() {
        for (String text : List.of("\"", "“", "”", "«»", "—", "– —", "\"\"\"\"", "“‘", "’’’", "— dijo —", "«“‘'\"",
                "—¿", "\"\n\n\"\n\n\"", "said \"", "“ ”, dijo.", "según")) {
            for (Quote quote : quotes(text)) {
                assertTrue(quote.start() <= quote.end() && quote.end() <= text.length(), text);
            }
        }
    }

    @Test
    void twoSingleMarksInARowQuoteAsADoubleMark() {
        // smh.com.au, "When tweets go wrong" (2013)
        String text = "In Britain last year, Conservative MP Aidan Burley created problems for Downing Street when he "
                + "tweeted that the Olympics opening ceremony was ''multicultural crap''. During his time as Californian "
                + "governor, Arnold Schwarzenegger tweeted a video of himself.";
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size());
        assertEquals("multicultural crap", covered(text, quotes.get(0)));
        assertEquals("Aidan Burley", quotes.get(0).attribution().name());
    }

    @Test
    void twoCurlySingleMarksInARowQuoteAsADoubleMark() {
        // lisburntoday.co.uk, "Councillor Sharon Skillen reacts to the illegal dumping of a load of shrimps"
        String text = "Councillor Sharon Skillen said on Friday: ‘‘This was extremely irresponsible, with no thought given "
                + "to local residents.\n\n‘‘If anyone seen anything suspicious, I would ask that they contact "
                + "Environmental Health at LCCC.’’";
        List<Quote> quotes = quotes(text);
        assertEquals(List.of("This was extremely irresponsible, with no thought given to local residents.",
                "If anyone seen anything suspicious, I would ask that they contact Environmental Health at LCCC."),
                quotes.stream().map(q -> covered(text, q)).toList());
        assertEquals("Sharon Skillen", quotes.get(0).attribution().name());
    }
}
