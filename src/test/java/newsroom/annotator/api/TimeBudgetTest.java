package newsroom.annotator.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An article over its time budget gets 422 problem+json soon after the budget is spent. The budget here
 * (200 ms) is one that 1 MB of prose misses on any machine (the benchmark's best is about 2 s a MB).
 */
@QuarkusTest
@TestProfile(TimeBudgetTest.ShortBudget.class)
class TimeBudgetTest {

    /** A budget that a megabyte of real prose cannot meet. */
    public static class ShortBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("annotator.time-budget", "200ms");
        }
    }

    @Test
    void anArticleOverItsTimeBudgetGets422SoonAfterIt() throws InterruptedException {
        long ready = System.currentTimeMillis() + 120_000;
        while (given().get("/q/health/ready").statusCode() != 200 && System.currentTimeMillis() < ready) {
            Thread.sleep(50);
        }
        long started = System.nanoTime();
        Response response = given().contentType("text/plain; charset=utf-8").body(HostileRequestsTest.MEGABYTE_OF_PROSE)
                .when().post("/annotate");
        long millis = (System.nanoTime() - started) / 1_000_000;
        response.then().statusCode(422).contentType(ProblemResponses.PROBLEM_JSON)
                .body("detail", containsString("time budget of 200 ms"));
        assertTrue(millis < 3_000, "answered after " + millis + " ms");
    }
}
