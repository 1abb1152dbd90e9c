package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsroom.annotator.Annotator;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * The lead's speaker given, after the article is read, to a headline's or a teaser's quotation that no sieve
 * attributed ({@link Attributor}) on real articles: src/test/resources/sieves/lead-speaker.txt.
 */
class LeadSpeakerSieveTest extends SieveCasesTest {

    @Override
    String sieve() {
        return "lead-speaker";
    }

    /**
     * kn-online.de (Kiel, 2017): a crosshead quotes words the text quotes again below, from mayors it does not
     * name; they stay nobody's, not the lead's next speaker (Susanne Kirchhof, who speaks in between).
     */
    @Test
    void aHeadingsQuotationTheTextQuotesAgainFromSomeoneUnnamedStaysUnnamed() {
        Annotator german = Annotators.allLanguages();
        String text = String.join("\n\n", "Kiel. In der Eckernförder Bucht hat sich jetzt die erste überörtliche Bürgerinitiative gebildet. Sie will noch vor der Landtagswahl eine Petition starten, um die Landesplanungen zu stoppen. Laut Staatskanzlei werden sich bis 2025 auf zwei Prozent der Landesfläche bis zu 3600 Windräder drehen – 500 mehr als bislang. Sie sollen erheblich leistungsstärker sein, zudem will die Landesregierung keinen Wildwuchs mehr und stattdessen feste Flächen für Windparks festlegen. Drei Planungsräume mit Vorrangflächen hat Ministerpräsident Torsten Albig (SPD) vorgestellt. Im März informierte die Regierung auf vier Veranstaltungen über die Pläne. „Die Resonanz war mit 1200 Besuchern geringer als im vergangenen Jahr, als 3500 Besucher zu fünf Veranstaltungen kamen“, sagt ein Sprecher Albigs. Im Internet seien etwa 500, per Post und Mail 350 Stellungnahmen eingegangen. Grundsätzlich habe man nicht den Eindruck, dass die Pläne überwiegend auf Widerstand stießen.",
                "„Energiewende mit der Brechstange“",
                "Dem widersprechen die Windkraftgegner mit Nachdruck: „200 Initiativen gibt es landesweit, und es werden jeden Tag mehr“, sagt Susanne Kirchhof, Vorsitzende des Vereins „Gegenwind“. Inzwischen protestieren Bürgermeister aller politischen Lager öffentlich, sprechen von „Energiewende mit der Brechstange“, „Entmündigung kommunaler Entscheidungsträger“ oder dem Versuch, „gewählte Volksvertreter mundtot zu machen“. In Waabs (Kreis Rendsburg-Eckernförde) schlossen sich auch einige SPD-Bürgermeister den Demonstranten an.");
        List<Quote> quotes = german.annotate(german.plainText().read("kn", text)).quotes();
        Quote heading = quotes.stream().filter(q -> q.text().equals("Energiewende mit der Brechstange")).findFirst().orElseThrow();
        Quote kirchhof = quotes.stream().filter(q -> q.text().startsWith("200 Initiativen")).findFirst().orElseThrow();
        assertEquals("Susanne Kirchhof", kirchhof.attribution().name());
        assertNull(heading.attribution(), "the heading's words are the unnamed mayors'");
    }
}
