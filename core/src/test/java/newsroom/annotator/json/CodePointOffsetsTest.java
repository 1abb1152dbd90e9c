package newsroom.annotator.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import newsroom.annotator.Annotators;
import org.junit.jupiter.api.Test;

/** Callers index the text by code points (Python strings, JavaScript's Array.from): offsets must agree. */
class CodePointOffsetsTest {

    private static String slice(String text, long start, long end) {
        int from = text.offsetByCodePoints(0, (int) start);
        int to = text.offsetByCodePoints(0, (int) end);
        return text.substring(from, to);
    }

    @Test
    void offsetsCountCodePointsPastEmojiAndAccents() throws Exception {
        // Público, 2 June 2020 (tweets by @frankdiago and @nataliaasaez), emoji as published
        String text = "¡Todos somos una sola raza, la humana! ✊🏿✊🏾✊🏽 #BlackOutTuesday\n\n"
                + "Nadie debería morir por el color de su piel. Todos somos iguales ✊🏾♥️ 😀 Sí.";
        JsonNode json = new ObjectMapper().readTree(new AnnotationWriter().toJson(Annotators.annotate(text)));
        String echoed = json.get("text").asText();
        assertEquals(text, echoed);
        assertEquals("codepoint", json.get("offsets").asText());
        JsonNode spans = json.get("spans");
        assertEquals("¡Todos somos una sola raza, la humana! ✊🏿✊🏾✊🏽 #BlackOutTuesday",
                slice(text, spans.get(0).get("start").asLong(), spans.get(0).get("end").asLong()));
        JsonNode second = spans.get(1);
        assertEquals("Nadie debería morir por el color de su piel. Todos somos iguales ✊🏾♥️ 😀 Sí.",
                slice(text, second.get("start").asLong(), second.get("end").asLong()));
        JsonNode lastSentence = second.get("sentences").get(second.get("sentences").size() - 1);
        assertEquals(text.codePointCount(0, text.length()), lastSentence.get("end").asLong());
    }

    @Test
    void textWithoutAstralCharactersKeepsItsOffsets() {
        CodePoints plain = new CodePoints("Jesús Ramírez");
        assertEquals(13, plain.at(13));
    }

    @Test
    void aPairCountsOnceWhereverItStands() {
        CodePoints withEmoji = new CodePoints("a😀b😀");
        assertEquals(0, withEmoji.at(0));
        assertEquals(1, withEmoji.at(1));
        assertEquals(2, withEmoji.at(3));
        assertEquals(3, withEmoji.at(4));
        assertEquals(4, withEmoji.at(6));
    }
}
