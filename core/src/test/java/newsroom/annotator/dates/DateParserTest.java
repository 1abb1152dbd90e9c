package newsroom.annotator.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsroom.annotator.dictionaries.Dictionaries;
import org.junit.jupiter.api.Test;

class DateParserTest {

    private static final DateParser DATES = DateParser.forLanguages(List.of("en", "es", "fr", "ja"),
            Dictionaries.load(Optional.empty()));

    private static void reads(String written, LocalDate expected) {
        reads(written, written, expected);
    }

    /** {@code text} starts with a date that reads as {@code expected} and is written {@code dateText}. */
    private static void reads(String text, String dateText, LocalDate expected) {
        DateReading.reads(DATES, text, dateText, expected);
    }

    @Test
    void readsTheDateOfATweetSignatureInEnglish() {
        // breitbart-asylum-tweets (shared examples): "— Stephanie Palacios (@novalick) January 4, 2021"
        reads("January 4, 2021", LocalDate.of(2021, 1, 4));
        reads("Jan 4, 2021", LocalDate.of(2021, 1, 4));
    }

    @Test
    void readsTheDateOfATweetSignatureInSpanish() {
        // zocalo.com.mx, "Tuit espacial de Elon Musk desconcierta a internautas" (June 2019):
        // "— David Oakley (@superskarunner) 24 de junio de 2019"
        reads("24 de junio de 2019", LocalDate.of(2019, 6, 24));
        reads("4 de enero de 2021", LocalDate.of(2021, 1, 4));
    }

    @Test
    void readsConfiguredLanguagesBesideEnglishAndSpanish() {
        reads("4 janv. 2021", LocalDate.of(2021, 1, 4));
        // a Bluesky embed with the widget in Japanese: "— ハチミツ (@hatmt.com) 2024年12月15日 19:49"
        reads("2024年12月15日 19:49", LocalDate.of(2024, 12, 15));
    }

    @Test
    void readsFacebookDatesWithTheirWeekday() {
        // Facebook's embed fallback: "Posted by Geonbae on Monday, March 27, 2017"; "Publicado por Xataka
        // México en Jueves, 31 de diciembre de 2020"; "Posted by Autospares Online on Saturday, 4 July 2015"
        reads("Monday, March 27, 2017", LocalDate.of(2017, 3, 27));
        reads("Jueves, 31 de diciembre de 2020", LocalDate.of(2020, 12, 31));
        reads("Saturday, 4 July 2015", LocalDate.of(2015, 7, 4));
    }

    @Test
    void keepsTheTimeOfABlueskyOrInstagramSignatureInTheDateText() {
        // kaspth/oaken README: "— Kasper Timm Hansen (@kaspth.bsky.social) January 8, 2025 at 11:00 PM"
        reads("January 8, 2025 at 11:00 PM and more", "January 8, 2025 at 11:00 PM", LocalDate.of(2025, 1, 8));
        // Bluesky embed on a 24-hour clock: "— ai (@yui.syui.ai) Apr 25, 2024 at 20:18"; in British English:
        // "— 1610 紅燈 (@1610frms.bsky.social) 22 February 2026 at 07:52"
        reads("Apr 25, 2024 at 20:18", LocalDate.of(2024, 4, 25));
        reads("22 February 2026 at 07:52", LocalDate.of(2026, 2, 22));
        // Instagram: "A post shared by British Vogue (@britishvogue) on Apr 27, 2019 at 2:10am PDT"; the
        // day is the writer's, not UTC's
        reads("Apr 27, 2019 at 11:10pm PDT", LocalDate.of(2019, 4, 27));
        // "Una publicación compartida de Nelson Medina (@fraynelson) el 1 Jun, 2019 a las 7:36 PDT:"
        reads("1 Jun, 2019 a las 7:36 PDT:", "1 Jun, 2019 a las 7:36 PDT", LocalDate.of(2019, 6, 1));
    }

    @Test
    void readsIsoTimestamps() {
        // Bluesky embeds written by some exporters: "(@bagrounds.bsky.social) 2026-04-01T03:14:06.000Z"
        reads("2026-04-01T03:14:06.000Z", LocalDate.of(2026, 4, 1));
    }

    @Test
    void findsADateInsideALineAndStopsAtItsEnd() {
        String line = "— Tesla (@Tesla) 2 de enero de 2021 El Presidente afirmó";
        Optional<DateMatch> match = DATES.parseAt(line, line.indexOf('2'));
        assertTrue(match.isPresent());
        assertEquals("2 de enero de 2021", match.get().text(line));
    }

    @Test
    void readsNoDateWhereThereIsNone() {
        assertTrue(DATES.parseAt("wrote on Monday that", 0).isEmpty());
        assertTrue(DATES.parseAt("May the force be with you", 0).isEmpty());
        assertTrue(DATES.parseAt("February 30, 2021", 0).isEmpty());
        assertTrue(DATES.parseAt("4/1/21", 0).isEmpty());
        assertTrue(DATES.parseAt("", 0).isEmpty());
        assertTrue(DATES.parseAt("January 4, 20213", 0).isEmpty());
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<DateMatch>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = i % 2 == 0 ? "January 4, 2021" : "4 de enero de 2021";
                results.add(pool.submit(() -> DATES.parseAt(text, 0)));
            }
            for (Future<Optional<DateMatch>> result : results) {
                assertEquals(LocalDate.of(2021, 1, 4), result.get().orElseThrow().date());
            }
        } finally {
            pool.shutdown();
        }
    }
}
