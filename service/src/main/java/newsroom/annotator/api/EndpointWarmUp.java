package newsroom.annotator.api;

import io.quarkus.vertx.http.HttpServer;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import newsroom.annotator.Annotator;
import org.jboss.logging.Logger;

/**
 * Once the annotator has loaded, posts the warm-up article to the service's own {@code /annotate} a few
 * times before readiness goes up, so that a client's first request finds the HTTP and REST layers' code
 * loaded and compiled too, not only the annotator's: without it the first POST took ten times as long
 * as the later ones (README, "Performance"). A warm-up that fails is logged and the service gets ready
 * all the same.
 */
@ApplicationScoped
public class EndpointWarmUp {

    private static final Logger LOG = Logger.getLogger(EndpointWarmUp.class);
    /** Requests sent: enough for the first client's to be as fast as the hundredth; well under a second. */
    static final int REQUESTS = 50;

    private volatile boolean done;
    private volatile int answered;

    void onServerStart(@ObservesAsync HttpServerStart started, BackgroundLoad<Annotator> annotator, HttpServer server) {
        annotator.whenReady(loaded -> {
            Thread thread = new Thread(() -> warm(server.getLocalBaseUri().resolve("/annotate")), "endpoint-warm-up");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Whether the warm-up requests have been answered (or failed). */
    public boolean done() {
        return done;
    }

    /** How many warm-up requests the endpoint answered with 200. */
    public int answered() {
        return answered;
    }

    private void warm(URI endpoint) {
        long started = System.nanoTime();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(Annotator.warmUpArticle())).build();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    LOG.warnf("endpoint warm-up stopped: %s answered %d", endpoint, status);
                    return;
                }
                answered++;
            }
            LOG.infof("endpoint warmed up: %d requests in %d ms", REQUESTS, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            LOG.warnf("endpoint warm-up failed (%s); serving anyway", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done = true;
        }
    }
}
