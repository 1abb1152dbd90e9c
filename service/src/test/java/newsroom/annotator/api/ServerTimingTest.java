package newsroom.annotator.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsroom.annotator.TestArticles;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServerTimingTest {

    private static final Pattern ANNOTATE = Pattern.compile("annotate;dur=(\\d+\\.\\d)");

    @Test
    void anAnnotationTellsHowLongTheServiceTookWithinTheRoundTrip() {
        byte[] article = TestArticles.read(TestArticles.FOLDER.resolve("breitbart-asylum-tweets.txt"))
                .getBytes(StandardCharsets.UTF_8);
        long sent = System.nanoTime();
        Response response = given().contentType("text/plain; charset=utf-8").body(article).when().post("/annotate");
        double roundTripMs = (System.nanoTime() - sent) / 1e6;
        response.then().statusCode(200);
        Matcher timing = ANNOTATE.matcher(String.valueOf(response.header(ServerTiming.HEADER)));
        assertTrue(timing.matches(), "Server-Timing: " + response.header(ServerTiming.HEADER));
        double serverMs = Double.parseDouble(timing.group(1));
        assertTrue(serverMs > 0 && serverMs <= roundTripMs, serverMs + " ms in the service, " + roundTripMs + " ms round trip");
    }

    @Test
    void aProblemTellsItsTimeToo() {
        given().contentType("text/plain").body("")
                .when().post("/annotate")
                .then().statusCode(400)
                .header(ServerTiming.HEADER, matchesPattern(ANNOTATE));
    }

    @Test
    void aStreamedBatchTellsNoTimeItCouldNotMeasure() {
        Response response = given().contentType("application/x-ndjson")
                .body("{\"id\": \"a\", \"text\": \"Good morning.\"}\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/annotate/batch");
        response.then().statusCode(200);
        assertNull(response.header(ServerTiming.HEADER));
    }
}
