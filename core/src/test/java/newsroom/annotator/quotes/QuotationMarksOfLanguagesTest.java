package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsroom.annotator.Annotator;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** The quotation marks of the languages beyond English and Spanish: where the quotation starts and ends, and who is quoted. */
class QuotationMarksOfLanguagesTest {

    private static List<Quote> quotes(String text) {
        Annotator annotator = Annotators.allLanguages();
        return annotator.annotate(annotator.plainText().read("test", text)).quotes().stream()
                .filter(q -> q.kind() != QuoteKind.POST).toList();
    }

    /** The quoted words of the text's quotations, in their order. */
    private static List<String> quotedWords(String text) {
        return quotes(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    private static void quoted(Quote quote, String text, String words, String speaker) {
        assertEquals(words, text.substring(quote.start(), quote.end()));
        assertEquals(speaker, quote.attribution() == null ? null : quote.attribution().name());
    }

    @Test
    void frenchGuillemetsLeaveTheirNoBreakSpacesOut() {
        // iciabidjan.com (gold-languages/dev), set with the no-break spaces French typography puts inside « »
        // (U+00A0 after «, U+202F before »; the page has plain spaces)
        String text = "L’ex-président Laurent Gbagbo a lancé vendredi 11 avril 2025 un appel solennel.\n\n"
                + "La Côte d’Ivoire a besoin d’un «\u00a0dialogue politique sincère pour garantir des élections crédibles, "
                + "inclusives et apaisées\u202f», a déclaré le fondateur du PPA-CI dans un communiqué publié ce vendredi.";
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size());
        quoted(quotes.get(0), text, "dialogue politique sincère pour garantir des élections crédibles, inclusives et apaisées",
                "Laurent Gbagbo");
    }

    @Test
    void frenchPagesThatTypeTheClosingGuillemetToOpenToo() {
        // naangekumpital.com (gold-languages/dev): »…» for «…», the first » before a letter, the second after a blank
        String text = "Selon M. Tall, 4262,69 hectares sont mis en valeur cette saison dans le département.\n\n"
                + "»Cependant, ce sont des périmètres qui ne sont pas exploitées pour cette saison hivernale », a t-il précisé.\n\n"
                + "»À la date du 17 octobre, les informations disponibles font état de 322,94 hectares déclarés inondés et "
                + "sinistrés, dont 200,74 exclusivement en riz », a précisé le chef de la DAPER/ Délégation de la SAED /Podor.";
        assertEquals(List.of("Cependant, ce sont des périmètres qui ne sont pas exploitées pour cette saison hivernale",
                "À la date du 17 octobre, les informations disponibles font état de 322,94 hectares déclarés inondés et "
                        + "sinistrés, dont 200,74 exclusivement en riz"), quotedWords(text));
    }

    @Test
    void germanReversedGuillemetsOpenWithTheirPointsInward() {
        // spiegel.de, "»Die Daten stimmen nicht mehr«" (DER SPIEGEL 6/1981): » opens, « closes
        String text = "Vielen Sozialdemokraten erscheint es schon unzumutbar, wenn es im Durchschnitt dieses Jahres bei "
                + "1,1 Millionen Arbeitslosen bliebe. Der SPD-Abgeordnete Eugen Glombig hat deshalb eine "
                + "»arbeitsmarktpolitische Offensive« gefordert.";
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size());
        quoted(quotes.get(0), text, "arbeitsmarktpolitische Offensive", "Eugen Glombig");
    }

    @Test
    void germanLowNinetyNineMarksCloseWithTheHighOnes() {
        // volksfreund.de (gold-languages/dev): „…“, sagte er, the pronoun for the coach named before
        String text = "Das erkannte auch Trainer Alonso, der in seiner Zeit als Profi stets in den größten Teams gespielt hat. "
                + "„Dieser Teamspirit ist vielleicht das Wichtigste“, sagte er.";
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size());
        quoted(quotes.get(0), text, "Dieser Teamspirit ist vielleicht das Wichtigste", "Alonso");
    }

    @Test
    void germanLowMarksTypedAsTwoCommasOpenToo() {
        // sport-fan.at (gold-languages/dev): ,,…“ for „…“, the quotation's words and the coach after it
        String text = "Nur 40 Sekunden dauerte die Verlängerung – dann schlug Christopher Wieser mit dem vielumjubelten Siegestor zu. "
                + "Da hagelt es auch Lob von ganz oben: ,,Wahnsinn. Tipptopp diese Leistung“, meint RegYou-Steindorf-Coach Martin "
                + "Hohenberger.";
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size());
        quoted(quotes.get(0), text, "Wahnsinn. Tipptopp diese Leistung", "Martin Hohenberger");
    }

    @Test
    void germanLowMarksCloseWithAStraightMarkToo() {
        // vogtland-anzeiger.de (gold-languages/dev): ,,…" and ein ,,Bis morgen" zu hören, the low mark typed as two
        // commas and closed with a straight one
        String text = "Die Anwohner fühlen sich übergangen. ,,Wir kommen wieder\", sagt Ralf Oberdorfer. "
                + "Und beim Auseinandergehen war von allen Seiten ein ,,Bis morgen\" zu hören.";
        List<Quote> quotes = quotes(text);
        assertEquals(2, quotes.size());
        quoted(quotes.get(0), text, "Wir kommen wieder", "Ralf Oberdorfer");
        assertEquals("Bis morgen", text.substring(quotes.get(1).start(), quotes.get(1).end()));
    }

    @Test
    void narrationAfterAClosingMarkAtAParagraphsEndIsNoQuotation() {
        // lavocedeltrentino.it (gold-languages/dev): a statement over two paragraphs whose second one the page left
        // without its opening mark; the narrator's words after its closing mark (", ha detto il presidente …") open with a
        // comma, so they are no quotation however the marks pair
        String text = "La Giunta provinciale ha svolto oggi la riunione di governo a Nogaredo, in Vallagarina. “Abbiamo cominciato la legislatura visitando i Comuni trentini colpiti da Vaia, ma poi siamo stati sollecitati da tante altre amministrazioni comunali a svolgere le riunioni della Giunta provinciale sul territorio e riteniamo che questo modus operandi sia un’occasione importante per conoscere da vicino le persone, ma anche le peculiarità e le problematiche degli stessi territori.\n\n"
                + "La nostra presenza non potrà risolvere tutto nell’immediato, ma certamente ci aiuta ad avere maggiore consapevolezza di eventuali difficoltà che incontrano le persone e le amministrazioni locali“, ha detto il presidente Maurizio Fugatti nel saluto di apertura dei lavori in municipio.";
        List<String> words = quotedWords(text);
        assertTrue(words.stream().noneMatch(w -> w.startsWith(",")), words.toString());
        assertTrue(words.stream().anyMatch(w -> w.startsWith("Abbiamo cominciato la legislatura")), words.toString());
    }

    @Test
    void aStraightMarkAfterABlankInsideAStraightQuotationOpensOneWithinIt() {
        // leccoonline.com (gold-languages/dev), a line as the page sets it: a councillor's words in straight marks name a
        // group in straight marks too
        String text = "Francantonio Corti (\"Sono felice che anche \"Malgrate Più\" abbia preso a cuore il problema, vediamo di "
                + "fare fronte comune e riusciremo a spuntarla\"), ha richiamato l'attenzione anche di";
        List<String> words = quotedWords(text);
        assertTrue(words.contains("Sono felice che anche \"Malgrate Più\" abbia preso a cuore il problema, vediamo di fare fronte "
                + "comune e riusciremo a spuntarla"), words.toString());
        assertFalse(words.contains("Sono felice che anche"), words.toString());
    }

    @Test
    void wordsInMarksAfterASoCalledAnAssociationOrATrialAreItsNameNoQuotation() {
        // touleco.fr, bonaberi.com, kn-online.de and primavercelli.it (gold-languages/dev): "dits", "des Vereins", "al processo" before the
        // marks name what the marked words are; the reporting clause's quotation next to them stays one
        String lavaur = "Suite aux arrêtés pris par le maire LR Bernard Carayon, plusieurs commerces dits « non essentiels » ont "
                + "relevé leur rideau dès le matin et ont accueilli quelques clients.";
        assertEquals(List.of(), quotedWords(lavaur));
        // (bonaberi.com: the second name in marks, listed after the first with "et", is a name too)
        String bafoussam = "On en retrouve également derrière la chefferie traditionnelle Bafoussam, aux lieux dits \" Carrefour le "
                + "maire \" et \" Premier carrefour \".";
        assertEquals(List.of(), quotedWords(bafoussam));
        String kiel = "Dem widersprechen die Windkraftgegner mit Nachdruck: „200 Initiativen gibt es landesweit, und es werden jeden "
                + "Tag mehr“, sagt Susanne Kirchhof, Vorsitzende des Vereins „Gegenwind“.";
        List<Quote> windraeder = quotes(kiel);
        assertEquals(1, windraeder.size(), windraeder.toString());
        quoted(windraeder.get(0), kiel, "200 Initiativen gibt es landesweit, und es werden jeden Tag mehr", "Susanne Kirchhof");
        String vercelli = "CRONACA: al processo \"firme false\" di Vercelli qualcuno ha ordinato al teste di \"non ricordare nulla\"...";
        assertEquals(List.of("non ricordare nulla"), quotedWords(vercelli));
    }

    @Test
    void aNewspapersNameInMarksIsNoQuotation() {
        // blick.ch and hallowil.ch (gold-languages/dev): a masthead's word closes the marked words, which name the paper
        // the speaker told or the paper that printed a charge; the speaker's own words after them stay quotations
        String zurich = "Käser und Wolff werden sich nächste Woche treffen, wie der Zürcher Stadtrat dem «Tages-Anzeiger» verrät. "
                + "Lapidar meinte er: «Das gibt bestimmt interessante Diskussionen.»";
        assertEquals(List.of("Das gibt bestimmt interessante Diskussionen."), quotedWords(zurich));
        String thurgau = "Anonyme Bewohner haben ihm in der «Thurgauer Zeitung» vorgeworfen, dass er mit seinem Unternehmen gegen "
                + "das Gesetzt verstosse. «Jeder muss wissen, zu welchen Mitteln er im Wahlkampf greift», sagte Locher nach der Wiederwahl.";
        List<Quote> wahl = quotes(thurgau);
        assertEquals(1, wahl.size(), wahl.toString());
        quoted(wahl.get(0), thurgau, "Jeder muss wissen, zu welchen Mitteln er im Wahlkampf greift", "Locher");
    }

    @Test
    void anOpeningMarkAfterAStopClosesTheQuotationThePageLeftOpen() {
        // semanariov.pt (gold-languages/dev), a line as the page sets it: the quotation after "o “número de feirantes" has no
        // closing mark; the next opening mark, after the sentence's stop, starts the next quotation
        String text = "Paulo Gomes, autarca, está “sensível” às queixas dos feirantes, mas garante não ser possível “ter sol na eira e chuva no nabal”. “A mudança obrigou a junta a ter um espaço ligeiramente inferior ao antigo”, diz Paulo Gomes revelando que o “número de feirantes aumentou durante o tempo de requalificação do Largo da Feira. “Ou colocamos todos ou temos que mandar gente embora”, desabafa, optando pela segunda solução.";
        assertTrue(quotedWords(text).contains("número de feirantes aumentou durante o tempo de requalificação do Largo da Feira."),
                quotedWords(text).toString());
        List<Quote> quotes = quotes(text);
        assertTrue(quotes.stream().anyMatch(q -> text.substring(q.start(), q.end())
                .equals("Ou colocamos todos ou temos que mandar gente embora") && "Paulo Gomes".equals(q.attribution().name())),
                quotes.toString());
    }

    @Test
    void aGuillemetTypedForItsCloserClosesTheQuotation() {
        // scoopsduchatelleraudais (gold-languages/dev), as the page sets it: every quotation closes with a second « and no »
        // stands in the paragraph; each « after an open one closes it, and the next opens anew
        String text = "« On essaye de mettre tout en œuvre contre les incivilités « dit Thomas Baudin adjoint au maire à la "
                + "tranquillité et aux incivilités en ouverture de la réunion devant des habitants et commerçants en colère. « Il y a "
                + "de la prostitution dans ma rue, on n'arrête pas de dégrader ma façade « dit un habitant.";
        assertEquals(List.of("On essaye de mettre tout en œuvre contre les incivilités",
                "Il y a de la prostitution dans ma rue, on n'arrête pas de dégrader ma façade"), quotedWords(text).stream().map(String::strip).toList());
        assertEquals("Thomas Baudin", quotes(text).get(0).attribution().name());
    }

    @Test
    void aNameInTitleCaseGivenToTheSubjectWithNoVerbOfSayingIsNoQuotation() {
        // siracusa2000.com (gold-languages/dev): the civic list's name in marks, read with the sentence's subject and no
        // verb of saying, names the list; the words the same sentence quotes after it stay a quotation
        String text = "A sentire l’ex deputato regionale Vincenzo Vinciullo, la situazione sarebbe tutt’altro che confortante. E qui il "
                + "leader di “Siracusa Protagonista” va in fondo alla vicenda, giacchè in quell’edificio, di recente, “sono stati "
                + "eseguiti dei lavori per renderla anche più accogliente e più vivibile”.";
        assertEquals(List.of("sono stati eseguiti dei lavori per renderla anche più accogliente e più vivibile"), quotedWords(text));
    }

    @Test
    void aParagraphWhoseOnlyMarkClosesItAtItsEndLostItsOpeningMark() {
        // riomaframix.com.br and tvlux.be (gold-languages/dev), paragraphs as the pages set them: no opening mark, one closing
        // mark at the end or before a short reporting clause; the quotation runs from the paragraph's start to that mark
        String mafra = "As chuvas voltaram a castigar a rua.\n\nNão adianta passar a patrola, é preciso maninhar a rua toda. O "
                + "problema é sempre o mesmo, e quando chove fica difícil de transitar. Para mim, é só falta de querer, de boa "
                + "vontade”, pontua.";
        assertEquals(List.of("Não adianta passar a patrola, é preciso maninhar a rua toda. O problema é sempre o mesmo, e quando "
                + "chove fica difícil de transitar. Para mim, é só falta de querer, de boa vontade"), quotedWords(mafra));
        String ardenne = "Les vols se multiplient en Centre-Ardenne.\n\nIl y a plusieurs modus operandi, nous confirme le commissaire "
                + "divisionnaire André Mathieu. Mais on doit bien constater que certains vols sont plutôt atypiques et démontrent "
                + "une certaine assurance. Certains n'hésite pas à rentrer par des Vélux”.";
        List<String> words = quotedWords(ardenne);
        assertEquals(1, words.size(), words.toString());
        assertTrue(words.get(0).startsWith("Il y a plusieurs modus operandi") && words.get(0).endsWith("rentrer par des Vélux"),
                words.toString());
        // a paragraph a colon divides, the narrator's words before it, is left alone
        assertEquals(List.of(), quotedWords("Le maire a répondu.\n\nLe maire a expliqué : Nous avons fait le nécessaire pour "
                + "les habitants du quartier”."));
    }

    @Test
    void aNounForANamedThingBeforeTheMarksMakesThemAName() {
        // normanno.com and bielertagblatt.ch (gold-languages/dev), sentences as the pages set them: the marks after
        // "il cartello", "die Kundgebung" name a sign and a rally; the words someone said after them stay a quotation
        String messina = "Il consigliere comunale Salvatore Sorbello ha staccato nuovamente il cartello “Vietato l’accesso agli asini "
                + "volanti” fino a poco fa appeso alla porta della stanza di Palazzo Zanca del sindaco di Messina, Cateno De Luca. "
                + "«Liberiamo questo Palazzo dai cialtroni» ha poi commentato.";
        assertEquals(List.of("Liberiamo questo Palazzo dai cialtroni"), quotedWords(messina));
        String biel = "Am Samstag findet die zweite Demonstration gegen den Westast statt. Vor einem Jahr haben über 3000 Menschen "
                + "an der Kundgebung «Biel wird laut» teilgenommen. Die Befürworter werfen den Gegnern derweil ein unsachliches "
                + "Vorgehen vor.";
        assertEquals(List.of(), quotedWords(biel));
    }
}
