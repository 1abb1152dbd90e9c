package newsroom.annotator.types;

import static newsroom.annotator.types.TypesStageTest.languageAt;
import static newsroom.annotator.types.TypesStageTest.lines;
import static newsroom.annotator.types.TypesStageTest.typeAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsroom.annotator.Annotator;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The site chrome that many news sites print in each language (comment forms, "read also" and related-story
 * labels, most-read lists, share and ad labels, browser and video-player notices, "back to top"), as the
 * {@code boilerplate}, {@code boilerplate-within} and {@code sections} lists hold it: a page with a headline
 * and prose, its chrome between the paragraphs and after them. A paragraph of prose that opens with the
 * words of a whole-line label is still the article's.
 */
class SiteChromeTypesTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("en", "Council approves new housing plan after long debate",
                        List.of("The city council approved a plan on Tuesday to build 2,000 affordable homes over the next decade, ending months of debate.",
                                "The mayor said the first projects would break ground next spring, with funding from state and federal grants.",
                                "Opponents argued that the plan did not address rising rents in older neighbourhoods."),
                        List.of("Related Topics", "Next Article", "Recommended Videos", "Back to top button",
                                "Your browser does not support the video tag.",
                                "Sorry, you need to enable JavaScript to visit this website.", "Post a Comment", "Add new comment"),
                        "Related topics, from parking to the cost of energy, took up the second half of the meeting, the council said."),
                Arguments.of("es", "El Congreso aprueba la reforma del sistema de pensiones",
                        List.of("El Congreso aprobó este jueves la reforma del sistema de pensiones con 176 votos a favor y 170 en contra, tras una sesión de más de diez horas.",
                                "La ministra de Trabajo afirmó que la medida garantizará el pago de las jubilaciones durante las próximas dos décadas.",
                                "La oposición anunció que recurrirá la ley ante el Tribunal Constitucional."),
                        List.of("Leer también", "Le puede interesar: Así quedó la tabla de posiciones tras la fecha 12",
                                "Mostrar más", "Botón volver arriba", "Los comentarios están cerrados.", "Compartí esta noticia",
                                "Lo más reciente", "Suplementos digitales"),
                        "Mostrar más de cien obras en una sola sala fue el desafío del equipo, explicó la curadora de la muestra."),
                Arguments.of("fr", "Le conseil municipal adopte le budget après un long débat",
                        List.of("Le conseil municipal a adopté mardi soir le budget de la ville pour l'année prochaine, après plus de quatre heures de débat.",
                                "Le maire a assuré que les impôts locaux n'augmenteraient pas, malgré la hausse des coûts de l'énergie.",
                                "L'opposition a voté contre le texte, qu'elle juge trop optimiste."),
                        List.of("Laisser un commentaire", "Les plus partagés", "Article suivant",
                                "Votre navigateur ne supporte pas la lecture de vidéos.", "Soyez le premier à commenter",
                                "Contenu sponsorisé", "Aller au contenu principal"),
                        "Les plus partagés des messages venaient de comptes créés la veille, selon les chercheurs."),
                Arguments.of("de", "Gemeinderat beschließt neuen Haushalt",
                        List.of("Der Gemeinderat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, nach einer Debatte von mehr als vier Stunden.",
                                "Der Bürgermeister versicherte, dass die Gebühren für Kindergärten nicht steigen würden.",
                                "Die Opposition stimmte gegen den Entwurf, den sie für zu optimistisch hält."),
                        List.of("Ähnliche Themen", "Das Wichtigste in Kürze", "Nächster Artikel",
                                "Schreiben Sie einen Kommentar zum Beitrag:", "Ihr Browser unterstützt dieses Video nicht.",
                                "Zum Seitenanfang", "Gesponsert"),
                        "Ähnliche Themen standen schon im vergangenen Jahr auf der Tagesordnung des Gemeinderats, sagte der Bürgermeister."),
                Arguments.of("it", "Il consiglio comunale approva il bilancio",
                        List.of("Il consiglio comunale ha approvato ieri sera il bilancio di previsione per il prossimo anno, dopo oltre quattro ore di discussione.",
                                "Il sindaco ha assicurato che le tariffe dei servizi scolastici non aumenteranno.",
                                "L'opposizione ha votato contro il documento, giudicato troppo ottimista."),
                        List.of("Articoli consigliati", "Da non perdere", "Il tuo browser non supporta il tag video.",
                                "Lascia una risposta", "Torna in alto", "Contenuto sponsorizzato",
                                "Copyright © 2024 Editore Srl – Tutti i diritti riservati"),
                        "Da non perdere è anche la mostra allestita nel chiostro, che resterà aperta fino a gennaio."),
                Arguments.of("pt", "Câmara aprova o orçamento do próximo ano",
                        List.of("A Câmara Municipal aprovou nesta terça-feira o orçamento para o próximo ano, depois de mais de quatro horas de debate.",
                                "O prefeito garantiu que as tarifas do transporte público não vão subir.",
                                "A oposição votou contra o projeto, que considera otimista demais."),
                        List.of("Você também pode gostar", "Continua após a publicidade", "Deixe uma resposta",
                                "Seu navegador não suporta vídeos HTML5.", "Mais comentadas", "Conteúdo patrocinado",
                                "Pular para o conteúdo"),
                        "Em alta nos últimos meses, o preço do café voltou a cair nesta semana, segundo o instituto."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void siteChromeIsBoilerplateAndProseOpeningWithItsWordsIsAParagraph(String language, String title, List<String> prose,
            List<String> chrome, String lookalike) {
        // the chrome between the paragraphs, where no place says the page has ended, and after them
        List<String> page = new ArrayList<>();
        page.add(title);
        page.add(prose.get(0));
        page.addAll(chrome.subList(0, 3));
        page.add(prose.get(1));
        page.add(lookalike);
        page.add(prose.get(2));
        page.addAll(chrome.subList(3, chrome.size()));
        Annotator annotator = Annotators.allLanguages();
        Annotation annotation = annotator.annotate(annotator.plainText().read("chrome-" + language, lines(page.toArray(String[]::new))));
        assertEquals(SpanType.TITLE, typeAt(annotation, title));
        for (String line : chrome) {
            assertEquals(SpanType.BOILERPLATE, typeAt(annotation, line), line);
        }
        // the first paragraph under the headline may be its standfirst; the ones after the chrome are prose
        for (String paragraph : prose.subList(1, prose.size())) {
            assertEquals(SpanType.PARAGRAPH, typeAt(annotation, paragraph), paragraph);
        }
        assertEquals(SpanType.PARAGRAPH, typeAt(annotation, lookalike), lookalike);
    }

    // asbeiras.pt, 19 January 2026, and radioilucan.com, March 2022: "Relacionados" and "Patrocinado" are in both the
    // Spanish and the Portuguese lists, so they take the language of the page around them
    /**
     * northernnews.ca (Kirkland Lake, 2023): the page numbers its advertisements' labels ("Advertisement 3") between the
     * paragraphs of the mayor's statement; a label with its counter is chrome as the label alone is.
     */
    @Test
    void anAdvertisementsLabelWithItsCounterIsChrome() {
        Annotation page = Annotators.annotate(lines(
                "Mayor reflects upon town council’s first six months in office",
                "Six months have passed since Kirkland Lake’s mayor and council held their inaugural meeting, Nov. 15, 2022, at Northern College.",
                "During the first several weeks and months, multiple joint training sessions with neighbouring municipalities were held to ensure all members of council were trained to do the job required of them.",
                "Wight added, “Kirkland Lake has proudly created the Economic Development and Tourism Corporation, which will be a driving force in the future of Kirkland Lake.",
                "Advertisement 3",
                "“With devoted staff working on the marketing and planning to share all our community has to offer, we will see the benefits quickly."));
        assertEquals(SpanType.BOILERPLATE, typeAt(page, "Advertisement 3"));
        assertEquals(SpanType.PARAGRAPH, typeAt(page, "“With devoted staff"));
        assertEquals(SpanType.PARAGRAPH, typeAt(page, "Wight added"));
    }

    @Test
    void aChromeWordOfTwoLanguagesListsTakesTheArticlesLanguage() {
        Annotator annotator = Annotators.allLanguages();
        Annotation portuguese = annotator.annotate(annotator.plainText().read("asbeiras", lines(
                "Ministra rejeita relação entre três mortes e prestação de socorro",
                "A ministra da Saúde recusou hoje que exista caos no Serviço Nacional de Saúde (SNS), negou que se desvalorize o que corre “menos bem” e garantiu que não vai desistir do cargo.",
                "Patrocinado",
                "“Não é que a ministra não ouça as críticas. Mas desistir é coisa que não vai acontecer. Não nos comprometemos com o povo para, nas dificuldades, desistirmos dele”, assegurou Ana Paula Martins, durante uma intervenção no Hospital de Santa Luzia, em Viana do Castelo.",
                "Relacionados")));
        assertEquals("pt", languageAt(portuguese, "Patrocinado"));
        assertEquals("pt", languageAt(portuguese, "Relacionados"));
        Annotation spanish = annotator.annotate(annotator.plainText().read("radioilucan", lines(
                "Colegio Médico anuncia plantón este miércoles exigiendo la salida del Ministro de Salud",
                "El Decano del Colegio Médico del Perú (CMP), Raúl Urquizo Aréstegui, junto a representantes de diversos gremios médicos convocaron a un plantón para el día de mañana, miércoles 2 de marzo.",
                "Patrocinado",
                "Asimismo, Urquizo indicó que el actual ministro de Salud no cuenta con el perfil para dirigir esta cartera.",
                "Relacionados")));
        assertEquals("es", languageAt(spanish, "Patrocinado"));
        assertEquals("es", languageAt(spanish, "Relacionados"));
    }
}
