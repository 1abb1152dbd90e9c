package newsroom.annotator.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsroom.annotator.TestArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The review page at "/": its files, how browsers may cache them, and the endpoint its script posts to. */
@QuarkusTest
class ReviewPageTest {

    /** {@code import … from "./x.js"} and {@code import "./x.js"} in an ES module. */
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:[^\"';]*?\\sfrom\\s+)?[\"']([^\"']+)[\"']");
    private static final Pattern CSS_URL = Pattern.compile("url\\(|@import");
    private static final Pattern ENDPOINT = Pattern.compile("export const ENDPOINT = \"([^\"]+)\";");

    @Test
    void pageIsServedAtTheRootAsHtmlThatBrowsersRevalidate() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType("text/html;charset=UTF-8")
                .header("Cache-Control", "no-cache")
                .header("Last-Modified", not(nullValue()));
    }

    @Test
    void everyFileThePageLoadsIsServedWithItsTypeAndRevalidated() {
        Set<String> files = pageFiles();
        assertTrue(files.containsAll(List.of("/review/review.css", "/review/main.js", "/review/request.js",
                "/review/article.js", "/review/quotes.js", "/review/summary.js", "/review/labels.js", "/review/dom.js")),
                "files the page loads: " + files);
        for (String file : files) {
            String type = file.endsWith(".css") ? "text/css;charset=UTF-8" : "text/javascript;charset=UTF-8";
            given().when().get(file)
                    .then().statusCode(200)
                    .contentType(type)
                    .header("Cache-Control", "no-cache");
        }
    }

    @Test
    void anUnchangedFileIsAnsweredNotModified() {
        String lastModified = given().when().get("/review/main.js").then().statusCode(200).extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified)
                .when().get("/review/main.js")
                .then().statusCode(304);
    }

    @Test
    void thePageLoadsNothingFromOutsideTheService() {
        Document page = Jsoup.parse(get("/"));
        for (Element element : page.select("[src], link[href]")) {
            String address = element.hasAttr("src") ? element.attr("src") : element.attr("href");
            assertFalse(URI.create(address).isAbsolute() || address.startsWith("//"), "loads from elsewhere: " + element);
        }
        assertFalse(CSS_URL.matcher(get("/review/review.css")).find(), "the stylesheet fetches nothing: no url(), no @import");
        for (String file : pageFiles()) {
            if (file.endsWith(".js")) {
                for (String module : imports(get(file))) {
                    assertTrue(module.startsWith("./"), file + " imports " + module);
                }
            }
        }
    }

    @Test
    void thePagePostsToTheAnnotateEndpointOfTheEditorialTool() {
        Matcher endpoint = ENDPOINT.matcher(get("/review/request.js"));
        assertTrue(endpoint.find(), "request.js names its ENDPOINT");
        // the page is served at "/", so the browser resolves the script's address against it
        String path = URI.create("http://service/").resolve(endpoint.group(1)).getPath();
        assertEquals("/annotate", path);
        String article = TestArticles.read(TestArticles.FOLDER.resolve("breitbart-asylum-tweets.txt"));
        given().contentType("text/plain; charset=utf-8").body(article.getBytes(StandardCharsets.UTF_8))
                .when().post(path)
                .then().statusCode(200)
                .body("quotes.attribution.handle", hasItem("novalick"));
    }

    @Test
    void theMediaTypesThePageOffersAreTheOnesTheServiceReads() {
        List<String> types = Jsoup.parse(get("/")).select("#read-as option:not([value=auto])").eachAttr("value");
        assertEquals(3, types.size(), "plain text, HTML and JSON: " + types);
        for (String type : types) {
            String sentence = "El presidente anunció que ofrecerá asilo político.";
            String body = type.startsWith("application/json") ? "{\"text\": \"" + sentence + "\"}"
                    : type.startsWith("text/html") ? "<p>" + sentence + "</p>"
                    : sentence;
            given().contentType(type).body(body.getBytes(StandardCharsets.UTF_8))
                    .when().post("/annotate")
                    .then().statusCode(200)
                    .body("language", equalTo("es"));
        }
    }

    /** The stylesheets and scripts index.html loads, and every module they import, as absolute paths. */
    private static Set<String> pageFiles() {
        Document page = Jsoup.parse(get("/"));
        Set<String> files = new LinkedHashSet<>();
        Deque<String> toRead = new ArrayDeque<>();
        for (Element element : page.select("script[src], link[rel=stylesheet]")) {
            toRead.add(URI.create("/").resolve(element.hasAttr("src") ? element.attr("src") : element.attr("href")).getPath());
        }
        while (!toRead.isEmpty()) {
            String file = toRead.poll();
            if (files.add(file) && file.endsWith(".js")) {
                for (String module : imports(get(file))) {
                    toRead.add(URI.create(file).resolve(module).getPath());
                }
            }
        }
        return files;
    }

    private static List<String> imports(String script) {
        return IMPORT.matcher(script).results().map(match -> match.group(1)).toList();
    }

    private static String get(String path) {
        Response response = given().when().get(path);
        response.then().statusCode(200);
        return response.asString();
    }
}
