package newsroom.annotator.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Inject
    EndpointWarmUp warmUp;

    @Test
    void readinessTurnsUpOnceTheModelsAndDictionariesHaveLoaded() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (given().get("/q/health/ready").statusCode() != 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("annotator"))
                .body("checks.find { it.name == 'annotator' }.data.state", equalTo("ready"))
                .body("checks.find { it.name == 'annotator' }.data.languages", equalTo("en,es"));
        // ready means the endpoint itself has answered the warm-up article, so the first client's request is warm
        assertEquals(EndpointWarmUp.REQUESTS, warmUp.answered());
    }
}
