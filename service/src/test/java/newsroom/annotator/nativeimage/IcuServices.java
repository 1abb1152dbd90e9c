package newsroom.annotator.nativeimage;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls every ICU4J service the annotator relies on, in English and Spanish, and prints what each gives:
 * run once with all of ICU's data and once with only the data the native image includes, the two outputs
 * must be the same (NativeImageInputsIT). Add a line here when the annotator starts using another ICU
 * service or locale.
 */
public final class IcuServices {

    private IcuServices() {
    }

    public static void main(String[] args) throws ParseException {
        ULocale en = ULocale.ENGLISH;
        ULocale es = new ULocale("es");
        ULocale mx = new ULocale("es_MX");
        // segment: sentences with ICU's English exceptions (Mr.), and Spanish's (Sr.)
        print("sentences en", sentences(en, "Mr. Smith met Gov. Abbott at 5 p.m. in Austin. They spoke."));
        print("sentences es", sentences(es, "El Sr. López habló con la Dra. Ruiz. Luego se fue."));
        print("words", words("López Obrador's “asylum” offer, 2021."));
        // name folding and matching: collation, normalization, transliteration, case
        Collator spanish = Collator.getInstance(es);
        Collator english = Collator.getInstance(en);
        english.setStrength(Collator.PRIMARY);
        print("collate es", spanish.compare("nube", "ñu") < 0 && spanish.compare("ñu", "oso") < 0);
        print("collate en primary", english.compare("Peña Nieto", "pena nieto") == 0);
        print("nfc", Normalizer2.getNFCInstance().normalize("Pen\u0303a"));
        print("nfkc", Normalizer2.getNFKCInstance().normalize("ﬁnal Ｌópez ①"));
        print("nfkd", Normalizer2.getNFKDInstance().normalize("Peña ﬁnal"));
        print("nfkc_cf", Normalizer2.getNFKCCasefoldInstance().normalize("ÁNGEL Straße"));
        print("translit", Transliterator.getInstance("Any-Latin; Latin-ASCII").transliterate("Peña Nieto, Zürich, «Ángel» — Москва"));
        print("strip accents", Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC").transliterate("Andrés Manuel López Obrador"));
        print("lower es", UCharacter.toLowerCase(es, "ÁNGEL ÍÑIGO"));
        print("title en", UCharacter.toTitleCase(en, "julian assange", null));
        // dates: names of months and days in both languages, and time zones
        for (ULocale locale : List.of(en, es)) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
            print("months " + locale, List.of(symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)));
            print("short months " + locale, List.of(symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED)));
        }
        TimeZone utc = TimeZone.getTimeZone("UTC");
        print("parse es", parse("d 'de' MMMM 'de' y", es, utc, "4 de enero de 2021"));
        print("parse es_MX", parse("EEEE d 'de' MMMM 'de' y", mx, utc, "lunes 4 de enero de 2021"));
        print("parse en", parse("MMMM d, y", en, utc, "January 4, 2021"));
        print("parse en abbreviated", parse("EEE, MMM d, y h:mm a zzz", en, utc, "Mon, Jan 4, 2021 3:41 PM EST"));
        DateFormat longEs = DateFormat.getDateInstance(DateFormat.FULL, es);
        longEs.setTimeZone(utc);
        print("format es", longEs.format(new java.util.Date(1609718400000L)));
        DateFormat longEn = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.LONG, en);
        longEn.setTimeZone(TimeZone.getTimeZone("America/Mexico_City"));
        print("format en zone", longEn.format(new java.util.Date(1609718400000L)));
        // dates written relative to now, as in "hace 2 horas" / "3 days ago", and skeleton patterns
        for (ULocale locale : List.of(en, es)) {
            RelativeDateTimeFormatter relative = RelativeDateTimeFormatter.getInstance(locale);
            print("relative " + locale, relative.format(2, Direction.LAST, RelativeUnit.HOURS));
            print("skeleton " + locale, DateTimePatternGenerator.getInstance(locale).getBestPattern("yMMMd"));
        }
    }

    private static List<String> sentences(ULocale locale, String text) {
        BreakIterator iterator = FilteredBreakIteratorBuilder.getInstance(locale)
                .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ROOT));
        return pieces(iterator, text);
    }

    private static List<String> words(String text) {
        return pieces(BreakIterator.getWordInstance(ULocale.ENGLISH), text);
    }

    private static List<String> pieces(BreakIterator iterator, String text) {
        iterator.setText(text);
        List<String> pieces = new ArrayList<>();
        for (int from = iterator.first(), to = iterator.next(); to != BreakIterator.DONE; from = to, to = iterator.next()) {
            pieces.add(text.substring(from, to));
        }
        return pieces;
    }

    private static long parse(String pattern, ULocale locale, TimeZone zone, String text) throws ParseException {
        SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
        format.setTimeZone(zone);
        return format.parse(text).getTime();
    }

    private static void print(String name, Object value) {
        System.out.println(name + "\t" + value);
    }
}
