package newsroom.annotator.dates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newsroom.annotator.dictionaries.Dictionaries;
import org.junit.jupiter.api.Test;

/**
 * Dates in French, German, Portuguese and Italian as posts' signatures and news pages' datelines write
 * them: CLDR's forms of each language through ICU, and the shapes of its {@code date-patterns.txt}.
 */
class DateParserLanguagesTest {

    private static final DateParser DATES = DateParser.forLanguages(List.of("fr", "de", "pt", "it"),
            Dictionaries.load(Optional.empty()));

    /** {@code text} starts with a date that reads as {@code expected} and is written {@code dateText}. */
    private static void reads(String text, String dateText, LocalDate expected) {
        DateReading.reads(DATES, text, dateText, expected);
    }

    private static void reads(String written, LocalDate expected) {
        reads(written, written, expected);
    }

    @Test
    void readsFrenchDates() {
        reads("4 janvier 2021", LocalDate.of(2021, 1, 4));
        reads("lundi 4 janvier 2021", LocalDate.of(2021, 1, 4));
        // the first of the month as French writes it: "1er mars 2023"
        reads("1er mars 2023", LocalDate.of(2023, 3, 1));
        // a French page's dateline: "Publié le 12 février 2024 à 18h05"
        reads("12 février 2024 à 18h05", LocalDate.of(2024, 2, 12));
    }

    @Test
    void readsGermanDates() {
        reads("4. Januar 2021", LocalDate.of(2021, 1, 4));
        reads("Montag, 4. Januar 2021", LocalDate.of(2021, 1, 4));
        // a German page's dateline: "Veröffentlicht am 21. September 2025 um 14:30 Uhr"
        reads("21. September 2025 um 14:30 Uhr", LocalDate.of(2025, 9, 21));
        reads("4. März 2021", LocalDate.of(2021, 3, 4));
    }

    @Test
    void readsPortugueseDates() {
        reads("4 de janeiro de 2021", LocalDate.of(2021, 1, 4));
        reads("segunda-feira, 4 de janeiro de 2021", LocalDate.of(2021, 1, 4));
        // a Brazilian page's dateline: "Publicado em 10 de março de 2023 às 15h30"
        reads("10 de março de 2023 às 15h30", LocalDate.of(2023, 3, 10));
    }

    @Test
    void readsItalianDates() {
        reads("4 gennaio 2021", LocalDate.of(2021, 1, 4));
        // radiosiena (gold-languages/dev): "Di Redazione | 25 Novembre 2019 alle 12:48", the month capitalised
        reads("25 Novembre 2019 alle 12:48", LocalDate.of(2019, 11, 25));
    }

    @Test
    void stillReadsEnglishAndSpanishAndNoNumericDates() {
        reads("January 4, 2021", LocalDate.of(2021, 1, 4));
        reads("4 de enero de 2021", LocalDate.of(2021, 1, 4));
        // "11.05.2023" (weekend.at) could be either order elsewhere; numeric dates are left alone
        assertTrue(DATES.parseAt("11.05.2023", 0).isEmpty());
        assertTrue(DATES.parseAt("31. Februar 2021", 0).isEmpty());
    }
}
