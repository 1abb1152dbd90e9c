package newsroom.annotator.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.LanguageGuess;
import newsroom.annotator.model.LanguageShare;
import newsroom.annotator.model.Span;
import org.junit.jupiter.api.Test;

class LanguageStageTest {

    private static final LanguageIdentifier EN_ES = LanguageIdentifier.forCodes(List.of("en", "es"));
    private final LanguageStage stage = new LanguageStage(EN_ES);

    @Test
    void spanishTweetFullOfEnglishHashtagsIsSpanish() {
        // Público, 2 June 2020, tweet by @nataliaasaez embedded in
        // https://www.publico.es/tremending/2020/06/02/las-redes-se-vuelcan-con-los-movimientos-blacklivesmatter-y-blackouttuesday-para-denunciar-el-racismo/
        LanguageGuess guess = stage.languageOf("Todos somos iguales ✊✊✊ #BlackLivesMatter #BlackOutTuesday "
                + "#JusticeForGeorgeFloyd pic.twitter.com/roRTp3r9wZ", Set.of());
        assertEquals("es", guess.language());
    }

    @Test
    void handlesAndLinksAloneTellNothing() {
        LanguageGuess guess = stage.languageOf("@MNFreedomFund https://t.co/eK4zG8zycY #BlackOutTuesday", Set.of());
        assertNull(guess.language());
        assertEquals(0, guess.confidence());
    }

    /**
     * islingtontribune.com: a caption of names only, a councillor's title with them, is in no language between English and
     * Spanish, however its letters lean; the prose under it is English.
     */
    @Test
    void aLineOfNamesOnlyIsInNoLanguageBetweenTwo() {
        String text = "Cllr Diarmaid Ward\n\nIT could be called trolling, or it could be online activism – either way the Town Hall’s "
                + "housing chief plans on bombarding the government with messages until it drops the changes.\n";
        List<Span> spans = Annotators.annotate(text).spans();
        assertNull(spans.get(0).language().language());
        assertEquals("en", spans.get(1).language().language());
    }

    /**
     * telesambre.be: among six languages, an author line's lone "par" that the page's French prose also writes in lower
     * case is French; a line of a date and figures is not read so.
     */
    @Test
    void aShortLineOfThePagesOwnWordsIsInThePagesLanguage() {
        String text = "Charleroi : des citoyens endossent le rôle de conseiller communal le temps d’une soirée\n\npar\n\n"
                + "La Ville de Charleroi organisait lundi la 4e édition de son conseil communal citoyen. En prélude au rendez-vous "
                + "mensuel des élus locaux, des citoyens ont pris la place des conseillers, par exemple pour interroger le "
                + "bourgmestre et les échevins sur les travaux de voirie et la propreté des quartiers.\n\n2 min\n";
        List<Span> spans = spansAmongSix(text);
        assertEquals("fr", spans.get(1).language().language());
        assertNull(spans.get(3).language().language());
    }

    /**
     * freiburger-nachrichten.ch: among six languages, a crosshead of capitalised words whose letters lean clearly to the
     * page's German is German; a town's name alone, whose letters lean no clearer, is in no language.
     */
    @Test
    void aShortLineLeaningClearlyToThePagesLanguageIsInIt() {
        String text = "Sechs Jahre Planung\n\nCVP-Mitglied Olivier Hayoz fragte nach dem Steuersubstrat, das Düdingen mit dem "
                + "Brieglipark erwarten dürfe. Das hänge davon ab, wie viele Familien mit Kindern hinziehen würden, erklärte "
                + "Gemeinderat Niklaus Mäder, der für das Ressort Finanzen zuständig ist.\n\nLeipzig\n";
        List<Span> spans = spansAmongSix(text);
        assertEquals("de", spans.get(0).language().language());
        assertNull(spans.get(2).language().language());
    }

    /** The spans of a plain-text page annotated with the six languages that have word lists. */
    private static List<Span> spansAmongSix(String text) {
        return Annotators.annotateInAllLanguages("page", text).spans();
    }

    @Test
    void oneShortWordIsTooLittleToTell() {
        assertNull(stage.languageOf("OK", Set.of()).language());
    }

    @Test
    void everySentenceHasItsOwnLanguageAndTheSpanAddsThemUp() {
        // Zócalo (Saltillo), May 2020: a Spanish paragraph, then an English tweet pasted into it
        // http://www.zocalo.com.mx/new_site/articulo/celebridades-pagan-fianza-de-arrestados-por-protestar-en-minnessota/
        String text = "Esto no debería ser “normal” en 2020 en Estados Unidos. No puede ser “normal”. "
                + "This just burns. Seems to be a never ending cycle.";
        Span span = Annotators.annotate(text).spans().get(0);
        List<String> languages = span.sentences().stream().map(s -> s.language().language()).toList();
        assertEquals(List.of("es", "es", "en", "en"), languages);
        assertTrue(span.language().confidence() < 0.9, "a mixed paragraph is not a sure call");
    }

    @Test
    void confidenceGrowsWithTheTextAndStaysBelowOne() {
        double shortOne = stage.languageOf("asilo político", Set.of()).confidence();
        double longOne = stage.languageOf("El presidente de México anunció que ofrecerá asilo político al fundador de "
                + "WikiLeaks y pidió que ya no sea torturado.", Set.of()).confidence();
        assertTrue(shortOne < longOne, shortOne + " vs " + longOne);
        assertTrue(longOne <= 1.0);
    }

    @Test
    void requestCanNarrowTheLanguagesToChooseFrom() {
        LanguageGuess onlyEnglish = stage.languageOf("Todos somos una sola raza, la humana", Set.of("en"));
        assertEquals("en", onlyEnglish.language());
    }

    @Test
    void articleGetsTheDominantLanguageOfItsProseAndEachLanguagesShare() {
        // Breitbart, 4 January 2021: English prose and a Spanish tweet (src/test/resources/articles)
        Annotation annotation = Annotators.annotate("""
                AMLO’s spokesman Jesus Ramirez Cuevas said that Mexico’s government asked for an end to Assange’s torture and for his release.

                El trabajo de Julian Assange ha mostrado a los pueblos del mundo cómo funciona el sistema mundial y su naturaleza
                """);
        assertEquals("en", annotation.language());
        List<LanguageShare> shares = annotation.languages();
        assertEquals(List.of("en", "es"), shares.stream().map(LanguageShare::language).toList());
        assertEquals(1.0, shares.stream().mapToDouble(LanguageShare::share).sum(), 0.01);
    }

    @Test
    void anyLanguageLinguaKnowsCanBeConfigured() {
        LanguageIdentifier three = LanguageIdentifier.forCodes(List.of("en", "es", "fr"));
        // Sputnik Afrique, 4 January 2021, https://fr.sputniknews.africa/extradition-assange-04012021
        LanguageGuess french = new LanguageStage(three).languageOf("La justice britannique a refusé le 4 janvier "
                + "d’extrader le fondateur de WikiLeaks, Julian Assange, vers les États-Unis.", Set.of());
        assertEquals("fr", french.language());
    }

    @Test
    void unknownLanguageCodesAreRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> LanguageIdentifier.forCodes(List.of("en", "xx")));
        assertThrows(IllegalArgumentException.class, () -> LanguageIdentifier.forCodes(List.of("en")));
    }
}
