package newsroom.annotator.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsroom.annotator.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an attacker or a careless client sends, each answered with problem+json and none of it able to
 * take the service down: the rows of issue 13 that concern the HTTP service. The test profile sets
 * {@code annotator.upload-timeout=2s} and {@code annotator.time-budget=5s} (application.properties);
 * {@link TimeBudgetTest} runs with a budget no machine meets.
 */
@QuarkusTest
class HostileRequestsTest {

    /** A real article (breitbart-asylum-plain.txt) repeated to 1 MB: seconds of honest work. */
    static final byte[] MEGABYTE_OF_PROSE = megabyteOfProse();

    @Inject
    Workload workload;

    /** Every test starts on a loaded, warmed-up service: none of them times the model loading. */
    @BeforeEach
    void waitUntilReady() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (given().get("/q/health/ready").statusCode() != 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }

    private static byte[] megabyteOfProse() {
        byte[] article = (TestArticles.read(TestArticles.FOLDER.resolve("breitbart-asylum-plain.txt")) + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        while (text.size() + article.length < 1_000_000) {
            text.writeBytes(article);
        }
        return text.toByteArray();
    }

    /** Row 1: 200 slow uploads held every worker; now bodies are read off the workers. */
    @Test
    void twoHundredSlowUploadsHoldNoWorkerAndTimeOutWith408() throws Exception {
        List<RawHttp> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 210; i++) {
                slow.add(new RawHttp().send("POST", "/annotate",
                        "Content-Type: text/plain\r\nContent-Length: 1000000\r\n", "abc".getBytes(StandardCharsets.UTF_8)));
            }
            long started = System.nanoTime();
            given().contentType("text/plain; charset=utf-8").body("El presidente anunció que ofrecerá asilo político.")
                    .when().post("/annotate").then().statusCode(200).body("language", equalTo("es"));
            given().when().get("/q/health/ready").then().statusCode(200);
            assertTrue(System.nanoTime() - started < 10_000_000_000L, "an ordinary request waited behind the uploads");

            RawHttp.Answer timedOut = slow.get(0).answer(10_000);
            assertEquals(408, timedOut.status(), timedOut.toString());
            assertEquals(ProblemResponses.PROBLEM_JSON, timedOut.contentType());
            assertTrue(timedOut.body().contains("annotator.upload-timeout"), timedOut.body());
        } finally {
            for (RawHttp client : slow) {
                client.close();
            }
        }
    }

    /** Row 4: four 60 MB bodies at once were read whole before the 1 MiB check (OutOfMemoryError, 500s). */
    @Test
    void fourSixtyMegabyteBodiesAtOnceGet413ProblemJsonBeforeTheyAreRead() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<RawHttp.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                boolean chunked = i % 2 == 1;
                answers.add(clients.submit(() -> sixtyMegabytes(chunked)));
            }
            for (Future<RawHttp.Answer> answer : answers) {
                RawHttp.Answer got = answer.get();
                assertEquals(413, got.status(), got.toString());
                assertEquals(ProblemResponses.PROBLEM_JSON, got.contentType());
                assertTrue(got.body().contains("\"status\":413"), got.body());
            }
        } finally {
            clients.shutdownNow();
        }
        given().contentType("text/plain").body("Good morning, said the mayor.").when().post("/annotate").then().statusCode(200);
    }

    /** Sends up to 60 MB of JSON, declared up front or in chunks, until the server answers. */
    private static RawHttp.Answer sixtyMegabytes(boolean chunked) throws Exception {
        try (RawHttp client = new RawHttp()) {
            byte[] megabyte = new byte[1 << 20];
            java.util.Arrays.fill(megabyte, (byte) 'a');
            if (!chunked) {
                client.send("POST", "/annotate", "Content-Type: application/json\r\nContent-Length: 62914560\r\n", null);
                return client.answer(10_000);
            }
            client.send("POST", "/annotate", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", null);
            byte[] head = (Integer.toHexString(megabyte.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 60; i++) {
                if (!client.write(head) || !client.write(megabyte) || !client.write("\r\n".getBytes(StandardCharsets.US_ASCII))) {
                    break;
                }
            }
            return client.answer(10_000);
        }
    }

    /** Row 10: no Content-Type was read as HTML (one byline over the whole article); the README promises 415. */
    @Test
    void noContentTypeIs415() throws Exception {
        byte[] article = "The mayor said the budget would pass.".getBytes(StandardCharsets.UTF_8);
        try (RawHttp client = new RawHttp()) {
            RawHttp.Answer answer = client.send("POST", "/annotate", "Content-Length: " + article.length + "\r\n", article)
                    .answer(10_000);
            assertEquals(415, answer.status(), answer.toString());
            assertEquals(ProblemResponses.PROBLEM_JSON, answer.contentType());
        }
    }

    /** Row 11: invalid UTF-8 in a batch line was replaced by U+FFFD and annotated, while /annotate answers 400. */
    @Test
    void invalidUtf8InABatchLineIsAnErrorLineLikeAt400() {
        byte[] bad = "{\"id\": \"bad\", \"text\": \"Hola \u0000\"}\n".getBytes(StandardCharsets.UTF_8);
        int at = new String(bad, StandardCharsets.UTF_8).indexOf('\u0000');
        bad[at] = (byte) 0xC3; // a lead byte followed by '"': not UTF-8
        byte[] good = "{\"id\": \"good\", \"text\": \"Good morning.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bad.length + good.length];
        System.arraycopy(bad, 0, body, 0, bad.length);
        System.arraycopy(good, 0, body, bad.length, good.length);

        String[] lines = given().contentType("application/x-ndjson").body(body).when().post("/annotate/batch")
                .then().statusCode(200).extract().asString().split("\n");

        assertEquals(2, lines.length);
        assertTrue(lines[0].contains("\"status\":400") && lines[0].contains("UTF-8"), lines[0]);
        assertTrue(lines[1].startsWith("{\"id\":\"good\""), lines[1]);
    }

    /** Row 2b (for every stage but quotes): the work for a client that left stops at its next deadline check. */
    @Test
    void workStopsWhenTheClientLeaves() throws Exception {
        try (RawHttp client = new RawHttp()) {
            client.send("POST", "/annotate", "Content-Type: text/plain; charset=utf-8\r\nContent-Length: "
                    + MEGABYTE_OF_PROSE.length + "\r\n", MEGABYTE_OF_PROSE);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (workload.running() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(1, workload.running(), "the annotation should have started");
            Thread.sleep(200);
        }
        long left = System.nanoTime();
        while (workload.running() > 0 && System.nanoTime() - left < 4_000_000_000L) {
            Thread.sleep(5);
        }
        long stoppedMillis = (System.nanoTime() - left) / 1_000_000;
        assertEquals(0, workload.running(), "still annotating for a client that left");
        assertTrue(stoppedMillis < 2_000, "stopped " + stoppedMillis + " ms after the client left; the budget is 5 s");
    }

    /**
     * A batch record under annotation is work the health checks see, as an article of /annotate is: a record
     * stuck past its budget takes readiness down. Before, a batch's records were never counted.
     */
    @Test
    void aBatchRecordBeingAnnotatedIsRunningWorkInReadiness() throws Exception {
        byte[] line = (new ObjectMapper().writeValueAsString(Map.of("id", "long",
                "text", new String(MEGABYTE_OF_PROSE, StandardCharsets.UTF_8))) + "\n").getBytes(StandardCharsets.UTF_8);
        try (RawHttp client = new RawHttp()) {
            client.send("POST", "/annotate/batch", "Content-Type: application/x-ndjson\r\nContent-Length: "
                    + line.length + "\r\n", line);
            long deadline = System.nanoTime() + 5_000_000_000L;
            int running = 0;
            while (running == 0 && System.nanoTime() < deadline) {
                running = given().get("/q/health/ready").path("checks.find { it.name == 'annotator' }.data.running");
                Thread.sleep(5);
            }
            assertEquals(1, running, "readiness should count the batch record being annotated");
        }
        long left = System.nanoTime();
        while (workload.running() > 0 && System.nanoTime() - left < 10_000_000_000L) {
            Thread.sleep(5);
        }
        assertEquals(0, (int) given().get("/q/health/ready").path("checks.find { it.name == 'annotator' }.data.running"),
                "a record that has stopped (at the latest at its 5 s budget) no longer counts");
    }

    @Test
    void aByteOrderMarkIsNoPartOfTheText() {
        given().contentType("text/plain; charset=utf-8").body("\uFEFFGood morning.".getBytes(StandardCharsets.UTF_8))
                .when().post("/annotate").then().statusCode(200).body("text", equalTo("Good morning."));
        given().contentType("application/json").body("\uFEFF{\"text\": \"Good morning.\"}".getBytes(StandardCharsets.UTF_8))
                .when().post("/annotate").then().statusCode(200).body("text", equalTo("Good morning."));
    }

    @Test
    void trailingGarbageAfterAJsonBodyIs400() {
        given().contentType("application/json").body("{\"text\": \"Good morning.\"} {\"text\": \"again\"}")
                .when().post("/annotate").then().statusCode(400).contentType(ProblemResponses.PROBLEM_JSON);
    }

    @Test
    void languagesAsAStringIs400() {
        given().contentType("application/json").body("{\"text\": \"Good morning.\", \"languages\": \"en\"}")
                .when().post("/annotate").then().statusCode(400).body("detail", containsString("list"));
    }

    @Test
    void aHalfMegabyteBadDateIsNotEchoedWhole() {
        String date = "2021-01-0" + "x".repeat(500_000);
        String detail = given().contentType("application/json").body("{\"text\": \"Hola.\", \"date\": \"" + date + "\"}")
                .when().post("/annotate").then().statusCode(400).extract().path("detail");
        assertTrue(detail.length() < 200, detail.length() + " characters");
    }

    @Test
    void aBatchBodyOverTheHttpLimitGets413ProblemJson() throws Exception {
        try (RawHttp client = new RawHttp()) {
            RawHttp.Answer answer = client.send("POST", "/annotate/batch",
                    "Content-Type: application/x-ndjson\r\nContent-Length: 70000000\r\n", null).answer(10_000);
            assertEquals(413, answer.status(), answer.toString());
            assertEquals(ProblemResponses.PROBLEM_JSON, answer.contentType());
        }
    }
}
