package newsroom.annotator.posts;

import static newsroom.annotator.posts.Articles.covered;
import static newsroom.annotator.posts.Articles.posts;
import static newsroom.annotator.posts.Articles.spanStarting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsroom.annotator.Annotators;
import newsroom.annotator.model.Annotation;
import newsroom.annotator.model.Quote;
import newsroom.annotator.model.SpanType;
import org.junit.jupiter.api.Test;

/**
 * What tells a post's paragraphs from the page's around a signature: emoji (also those a scrape turned
 * into "??") belong to a post, a paragraph closed by a quotation mark does not run on into one, a label
 * that names the account above a signature whose post lost its words is the page's, and so is a site's
 * prompt ("TE PUEDE INTERESAR: …"). Real excerpts; the whole articles are in {@code src/test/resources/gold/}.
 */
class PostEvidenceTest {

    private static Quote postBy(Annotation annotation, String handle) {
        return posts(annotation).stream().filter(p -> handle.equals(p.attribution().handle())).findFirst().orElseThrow();
    }

    @Test
    void tweetBrokenOverLinesWhoseEmojiTheScrapeLostIsOnePost() {
        // MTP Noticias, "El Tri recibe serenata…" (mtpnoticias.com, June 2018)
        Annotation annotation = Annotators.annotate("""
                Las palabras del histórico capitán fueron entendidas por los mexicanos, que se despidieron de los jugadores con un cántico que ha cobrado sentido por la cantidad de mexicanos que hay en Rusia:
                “y ya lo ven, y ya lo ven, somos locales otra vez”
                ¡Son increíbles, Incondicionales! ??
                Afición y equipo unidos con el mismo objetivo en #Rusia2018?.
                Ya toca descansar para mañana estar con todo. ??
                ¡En verdad, gracias! Unidos #NadaNosDetiene?. ?? pic.twitter.com/HhjZY0ksNb
                — Selección Nacional (@miseleccionmx) June 22, 2018
                """);
        Quote post = postBy(annotation, "miseleccionmx");
        assertTrue(covered(annotation, post).startsWith("¡Son increíbles, Incondicionales!"), covered(annotation, post));
        assertEquals(List.of("Rusia2018", "NadaNosDetiene"),
                post.entities().hashtags().stream().map(h -> h.value()).toList());
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "“y ya lo ven").type());
    }

    @Test
    void labelThatNamesTheAccountAboveASignatureAloneIsNotThePost() {
        // Seahawks Wire, players react to the Russell Wilson trade (seahawkswire.usatoday.com, March 2022)
        Annotation annotation = Annotators.annotate("""
                Former CB Tre Flowers
                Whew 😂😂😂
                — Tre Flowers (@_Slimm7) March 8, 2022
                FS Quandre Diggs
                — Nino (@qdiggs6) March 8, 2022
                Former LB Bobby Wagner
                Sherm a prophet
                — Bobby Wagner (@Bwagz) March 8, 2022
                """);
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "FS Quandre Diggs").type());
        Quote lost = postBy(annotation, "qdiggs6");
        assertEquals("", lost.text());
        assertEquals("Nino", lost.attribution().name());
        assertTrue(covered(annotation, postBy(annotation, "Bwagz")).startsWith("Sherm a prophet"));
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "Former LB Bobby Wagner").type());
    }

    @Test
    void tweetWhoseHashtagNamesItsAccountIsStillThatTweetsWords() {
        // Sopitas, the hacked FC Barcelona account (sopitas.com, August 2017)
        Annotation annotation = Annotators.annotate("""
                Por ahora el ‘Fideo’ sigue en el PSG y el Barcelona sigue sin refuerzos de peso, porque lo de Coutinho cada vez se ve más lejano y la novela de Dembelé no termina.
                Welcome Ángel Di María to FC Barcelona! #DiMariaFCB
                — FC Barcelona (@FCBarcelona_es) 23 de agosto de 2017
                """);
        Quote post = postBy(annotation, "FCBarcelona_es");
        assertTrue(covered(annotation, post).startsWith("Welcome Ángel Di María"), covered(annotation, post));
    }

    @Test
    void sitePromptAboveATweetIsNotPartOfIt() {
        // La Pelotona, a ball boy celebrating a rival's goal (lapelotona.com, April 2019)
        Annotation annotation = Annotators.annotate("""
                Hasta los recogebolas del cuadro ‘Cardenal’ festejan los goles del rival. Dicen algunos allegados al club que es el hijo de Andrés Pérez. Las críticas no se han hecho esperar.
                TE PUEDE INTERESAR: Horarios de partidos de fútbol televisados para hoy en vivo
                Alguna vez habían visto a un recogebolas celebrando el gol del rival? pic.twitter.com/MQuQXfF9m1
                — Periodismo de periodistas (@FPCLibreDeHumo) 21 de abril de 2019
                """);
        Quote post = postBy(annotation, "FPCLibreDeHumo");
        assertTrue(covered(annotation, post).startsWith("Alguna vez habían visto"), covered(annotation, post));
        assertTrue(spanStarting(annotation, "TE PUEDE INTERESAR").type() != SpanType.POST);
    }

    @Test
    void proseThatTellsOfAnInstagramPostWhoseWordsWereLostStaysTheArticles() {
        // Pulzo, Shakira's riddles about "Chantaje" (pulzo.com, October 2016)
        Annotation annotation = Annotators.annotate("""
                El usuario @omaardleon fue el primero en resolver el acertijo, por lo que la colombiana le envió un mensaje para que él fuera el encargado de dar a conocer la primicia mundial.
                Aunque muchos usuarios de la red indican que durará 3:16 minutos, la cantante todavía no ha hecho un pronunciamiento oficial. No obstante, sí reveló la imagen promocional de su canción ‘Chantaje’.
                A photo posted by Shakira (@shakira) on
                """);
        assertEquals(SpanType.PARAGRAPH, spanStarting(annotation, "Aunque muchos usuarios").type());
        Quote post = postBy(annotation, "shakira");
        assertEquals("", post.text());
        assertEquals("instagram", post.platform());
        assertTrue(covered(annotation, post).startsWith("A photo posted by Shakira"), covered(annotation, post));
    }
}
