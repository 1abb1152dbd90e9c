package newsroom.annotator.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@code /q/openapi} describes every request body the endpoints take and every error they answer. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyRequestBodyAndErrorIsDescribed() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode annotate = document.at("/paths/~1annotate/post");
        assertEquals(Set.of("text/plain", "text/html", "application/json"), names(annotate.at("/requestBody/content")));
        assertEquals(Set.of("200", "400", "408", "413", "415", "422", "500", "503"), names(annotate.at("/responses")));
        JsonNode batch = document.at("/paths/~1annotate~1batch/post");
        assertEquals(Set.of("application/x-ndjson"), names(batch.at("/requestBody/content")));
        assertEquals(Set.of("200", "400", "413", "415", "500", "503"), names(batch.at("/responses")));
        for (String schema : List.of("Problem", "ArticleRequest", "Annotation", "BatchError")) {
            assertTrue(document.at("/components/schemas/" + schema).isObject(), schema);
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
