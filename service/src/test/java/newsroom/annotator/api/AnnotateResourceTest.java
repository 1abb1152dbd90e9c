package newsroom.annotator.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import newsroom.annotator.TestArticles;
import newsroom.annotator.language.LanguageIdentifier;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnnotateResourceTest {

    private static final String TWEETS = TestArticles.read(TestArticles.FOLDER.resolve("breitbart-asylum-tweets.txt"));

    @Test
    void plainTextArticleIsAnnotated() {
        given().contentType("text/plain; charset=utf-8").body(TWEETS.getBytes(StandardCharsets.UTF_8))
                .when().post("/annotate")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("date", equalTo("2021-01-04"))
                .body("offsets", equalTo("codepoint"))
                .body("language", equalTo("en"))
                .body("text", equalTo(TWEETS))
                .body("spans", hasSize(8));
    }

    @Test
    void jsonRequestIsAnnotatedUnderItsId() {
        given().contentType("application/json")
                .body("{\"id\": \"a1\", \"text\": \"El presidente anunció que ofrecerá asilo político.\", \"date\": \"2021-01-04\"}")
                .when().post("/annotate")
                .then().statusCode(200)
                .body("id", equalTo("a1"))
                .body("date", equalTo("2021-01-04"))
                .body("language", equalTo("es"));
    }

    @Test
    void htmlPageIsAnnotated() {
        given().contentType("text/html")
                .body("<html><body><h1>Asylum for Assange</h1><script>alert(1)</script>"
                        + "<p>Mexican President Andres Manuel Lopez Obrador offered asylum to Julian Assange.</p></body></html>")
                .when().post("/annotate")
                .then().statusCode(200)
                .body("text", containsString("offered asylum"))
                .body("text", org.hamcrest.Matchers.not(containsString("alert")));
    }

    @Test
    void emptyBodyIs400ProblemJson() {
        given().contentType("text/plain").body("")
                .when().post("/annotate")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Malformed request"));
    }

    @Test
    void malformedJsonIs400ProblemJson() {
        given().contentType("application/json").body("{\"text\": ")
                .when().post("/annotate")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not JSON"));
    }

    @Test
    void invalidUtf8Is400() {
        given().contentType("text/plain; charset=utf-8").body(new byte[] {'a', (byte) 0xC3, (byte) 0x28})
                .when().post("/annotate")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void bodyOverTheLimitIs413ProblemJson() {
        given().contentType("text/plain").body("a".repeat(1024 * 1024 + 1))
                .when().post("/annotate")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void otherMediaTypeIs415ProblemJson() {
        given().contentType("application/xml").body("<article/>")
                .when().post("/annotate")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void batchStreamsOneLineARequestInOrderWithErrorLines() {
        Response response = given().contentType("application/x-ndjson")
                .body(("{\"id\": \"a\", \"text\": \"Hola, ¿qué tal?\"}\n{\"id\": \"b\"}\n"
                        + "{\"id\": \"c\", \"text\": \"Good morning.\"}\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/annotate/batch");
        response.then().statusCode(200).contentType(startsWith("application/x-ndjson"));
        String[] lines = response.asString().split("\n");
        org.junit.jupiter.api.Assertions.assertEquals(3, lines.length);
        org.junit.jupiter.api.Assertions.assertTrue(lines[0].startsWith("{\"id\":\"a\""));
        org.junit.jupiter.api.Assertions.assertTrue(lines[1].contains("\"error\""));
        org.junit.jupiter.api.Assertions.assertTrue(lines[2].startsWith("{\"id\":\"c\""));
    }

    @Test
    void theDetectorIsBuiltOnceNotPerRequest() {
        int before = LanguageIdentifier.built();
        for (int i = 0; i < 5; i++) {
            given().contentType("text/plain").body("El presidente anunció que ofrecerá asilo político.")
                    .when().post("/annotate").then().statusCode(200);
        }
        org.junit.jupiter.api.Assertions.assertEquals(before, LanguageIdentifier.built());
        org.junit.jupiter.api.Assertions.assertTrue(before >= 1);
    }
}
