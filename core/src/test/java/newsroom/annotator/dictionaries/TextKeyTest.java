package newsroom.annotator.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextKeyTest {

    @Test
    void accentsCaseQuotesAndSpacesDoNotChangeTheKey() {
        assertEquals(TextKey.of("suscribete a nuestro boletin"), TextKey.of("  SUSCRÍBETE a\u00A0nuestro   boletín "));
        assertEquals("you're \"in\"", TextKey.of("You’re “in”"));
        // an accent typed as a combining mark after its letter
        assertEquals("suscribete", TextKey.of("Suscri\u0301bete"));
        assertEquals("file", TextKey.of("\uFB01le"), "a ligature is its letters");
    }

    /** Read character by character or normalized whole, a text has one key: whatever its scripts and marks. */
    @Test
    void theFastKeyIsTheKeyOfTheWholeNormalizedText() {
        String alphabet = "aeiouAEIOU ñÑçáéíóúüÁÉÍÓÚ’‘“”«»`\u02BC…\u00A0\t\n.,;:¡!¿?-—–@#"
                + "\u0301\u0308\u0303\u0327" // combining marks
                + "ﬁ²½Ⅻ①Ｌ" // compatibility forms
                + "Σσςİıßẞ" // case edge cases
                + "한국語日本ไทย" // scripts with their own rules
                + "\uD83D\uDE00\uD83C\uDDF2\uD83C\uDDFD"; // emoji, surrogate pairs
        int[] codePoints = alphabet.codePoints().toArray();
        Random random = new Random(7);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            assertEquals(TextKey.slow(text), TextKey.of(text), () -> "for " + text.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }
}
