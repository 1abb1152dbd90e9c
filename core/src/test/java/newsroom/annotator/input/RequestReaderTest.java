package newsroom.annotator.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import newsroom.annotator.model.Article;
import org.junit.jupiter.api.Test;

class RequestReaderTest {

    private final RequestReader reader = new RequestReader(new HtmlReader(), Set.of("en", "es")::contains);

    @Test
    void readsEveryContractField() {
        Article article = reader.read("""
                {"id": "a-1", "text": "Hola.", "date": "2021-01-04", "url": "https://example.org/a",
                 "title": "T", "languages": ["ES"]}""");
        assertEquals("a-1", article.id());
        assertEquals("Hola.", article.text());
        assertEquals(LocalDate.of(2021, 1, 4), article.date());
        assertEquals("https://example.org/a", article.url());
        assertEquals("T", article.title());
        assertEquals(List.of("es"), article.languages());
    }

    @Test
    void requestDateWinsOverTheTextHeaderAndTimestampsAreCutToTheDay() {
        Article article = reader.read("{\"text\": \"date 2020-02-02\\nHola.\", \"date\": \"2021-01-04T10:00:00Z\"}");
        assertEquals(LocalDate.of(2021, 1, 4), article.date());
    }

    @Test
    void numericIdIsKept() {
        assertEquals("42", reader.read("{\"id\": 42, \"text\": \"Hola.\"}").id());
    }

    @Test
    void htmlFieldIsReadAsAPage() {
        Article article = reader.read("{\"html\": \"<h1>Title</h1><p>First paragraph.</p>\"}");
        assertTrue(article.text().contains("First paragraph."));
    }

    @Test
    void everyMistakeIsABadRequestThatNamesTheField() {
        assertMessage("{\"text\": 3}", "\"text\"");
        assertMessage("{\"id\": \"x\"}", "\"text\" or \"html\"");
        assertMessage("{\"text\": \"a\", \"html\": \"<p>a</p>\"}", "exactly one");
        assertMessage("{\"text\": \"a\", \"date\": \"04/01/2021\"}", "\"date\"");
        assertMessage("{\"text\": \"a\", \"languages\": [\"fr\"]}", "'fr'");
        assertMessage("[1, 2]", "JSON object");
        assertMessage("{\"text\": ", "not JSON");
    }

    private void assertMessage(String json, String fragment) {
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(json));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
