package newsroom.annotator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import newsroom.annotator.TestArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The review page in headless Chromium, as an editor uses it (bin/ui-check; not part of ./mvnw verify).
 * Each shared example is pasted and annotated by the service; what the page shows is checked against the
 * annotation it got (every span's type, language and text, every post's card, every quotation's highlight
 * and details, the side list) and against the example's gold file (the posts, Spanish passages and
 * speakers an editor expects). Screenshots go to target/ui-check/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPageCheck {

    private static final Path EXAMPLES = Path.of("../../shared/examples"); // from service/, where the checks run
    /** A real article (news18.com, in the gold corpus) with emoji in posts before later quotations. */
    private static final Path EMOJI_ARTICLE = TestArticles.GOLD.resolve("news18-twitter-instagram-jab.txt");
    private static final Path TWEETS = EXAMPLES.resolve("breitbart-asylum-tweets.txt");
    /** Real embed markup of a tweet in a Spanish blog post (the HTML reader's test resources). */
    private static final Path HTML_PAGE = TestArticles.RESOURCES.resolve("embeds/twitter-lines.html");
    /** The tweets example's annotation with the attribution's coming "rule" field on two of its three quotes. */
    private static final String WITH_RULE = "tweets-with-rule.annotation.json";
    private static final Path OUT = Path.of("target/ui-check");
    private static final String PLAIN = "text/plain; charset=utf-8";
    private static final Map<String, String> TYPE_NAMES = Map.of("title", "Title", "caption", "Caption",
            "paragraph", "Paragraph", "post", "Post", "byline", "Byline", "boilerplate", "Boilerplate");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Service service;
    private ChromeDriver driver;
    private ReviewPage page;

    @BeforeAll
    void start() throws IOException, InterruptedException {
        assertTrue(Chromium.installed(), Chromium.missing());
        Files.createDirectories(OUT);
        service = Service.startOrFind(OUT.resolve("service.log"));
        driver = Chromium.start(Files.createTempDirectory("ui-check-profile"), 1280, 1000);
        page = new ReviewPage(driver, service.page());
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    static Stream<Path> sharedExamples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> examples = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
            assertFalse(examples.isEmpty(), "no examples in " + EXAMPLES.toAbsolutePath());
            return examples.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedExamples")
    void aPastedExampleShowsEverythingTheAnnotatorFound(Path example) throws IOException, InterruptedException {
        JsonNode annotation = pasteAndAnnotate(example);
        checkShowsAll(annotation);
        page.screenshot(OUT.resolve(stem(example) + ".png"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedExamples")
    void aPastedExampleShowsWhatItsGoldFileExpects(Path example) throws IOException, InterruptedException {
        pasteAndAnnotate(example);
        JsonNode gold = JSON.readTree(example.resolveSibling(stem(example) + ".gold.json").toFile());
        for (JsonNode span : gold.path("spans")) {
            WebElement block = blockStartingWith(span.path("at").asText());
            assertEquals(TYPE_NAMES.get(span.path("type").asText()), page.textContent(block.findElement(By.className("type-label"))));
            assertEquals(languageName(span.path("language").asText(null)), page.textContent(block.findElement(By.className("lang-label"))));
        }
        for (JsonNode quote : gold.path("quotes")) {
            String speaker = quote.path("name").asText();
            if (quote.path("kind").asText().equals("post")) {
                WebElement card = cardStartingWith(quote.path("at").asText());
                assertTrue(card.findElement(By.tagName("h3")).getText().contains(speaker + " @" + quote.path("handle").asText()),
                        card.getText());
            } else {
                WebElement mark = driver.findElements(By.cssSelector("mark.quote")).stream()
                        .filter(candidate -> page.textContent(candidate).equals(quote.path("text").asText()))
                        .findFirst().orElseThrow(() -> new AssertionError("no highlight of " + quote.path("text")));
                assertTrue(page.textContent(page.details(mark)).contains("Said by " + speaker), page.textContent(page.details(mark)));
            }
        }
    }

    @Test
    void anEmojiBeforeAQuotationDoesNotShiftItsHighlight() throws IOException, InterruptedException {
        JsonNode annotation = pasteAndAnnotate(EMOJI_ARTICLE);
        String text = annotation.path("text").asText();
        boolean emojiBeforeAQuote = stream(annotation.path("quotes")).anyMatch(quote -> !quote.path("kind").asText().equals("post")
                && text.codePoints().limit(quote.path("start").asInt()).anyMatch(Character::isSupplementaryCodePoint));
        assertTrue(emojiBeforeAQuote, "the article should have a character outside the BMP before a quotation");
        checkShowsAll(annotation);
        page.screenshot(OUT.resolve(stem(EMOJI_ARTICLE) + ".png"));
    }

    @Test
    void aDroppedFileIsReadByItsKindAndItsDownloadKeepsItsName() throws IOException, InterruptedException {
        page.load();
        page.drop(TWEETS);
        assertTrue(page.status().startsWith("Annotated (sent as text/plain)"), page.status());
        assertSameJson(JSON.readTree(service.annotate(PLAIN, Files.readAllBytes(TWEETS)).body()), page.annotation(),
                "the dropped file's annotation");
        assertEquals(Files.readString(TWEETS), driver.findElement(By.id("article")).getDomProperty("value"),
                "the text box shows what was sent");
        assertEquals("breitbart-asylum-tweets.annotation.json", driver.findElement(By.id("download")).getDomAttribute("download"));
    }

    @Test
    void aPastedHtmlPageIsSentAsHtmlAndItsPostsLinkToThemselves() throws IOException, InterruptedException {
        JsonNode annotation = pasteAndAnnotate(HTML_PAGE, "text/html; charset=utf-8");
        assertTrue(page.status().startsWith("Annotated (sent as text/html)"), page.status());
        assertTrue(stream(annotation.path("quotes")).anyMatch(quote -> quote.path("attribution").hasNonNull("url")),
                "the page's embed should give its post's address");
        checkShowsAll(annotation);
    }

    @Test
    void theRuleThatDecidedIsShownWhereTheAttributionHasOne() throws IOException, URISyntaxException {
        page.load();
        page.open(Path.of(getClass().getResource(WITH_RULE).toURI()));
        assertTrue(page.status().startsWith("Opened a saved annotation"), page.status());
        JsonNode annotation = page.annotation();
        checkShowsAll(annotation);
        assertTrue(page.textContent(page.details(page.quote(1))).contains("Rule: verb-after-quote"));
        assertTrue(page.quote(0).findElement(By.className("post-meta")).getText().contains("Rule: signature"));
        assertFalse(page.quote(2).findElement(By.className("post-meta")).getText().contains("Rule"));
    }

    @Test
    void theSummaryShowsTheDateTheLanguagesAndTheTimeTaken() throws IOException, InterruptedException {
        JsonNode annotation = pasteAndAnnotate(TWEETS);
        String summary = driver.findElement(By.id("summary")).getText();
        String date = LocalDate.parse(annotation.path("date").asText()).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        assertTrue(summary.contains(date), summary);
        for (JsonNode share : annotation.path("languages")) {
            String expected = languageName(share.path("language").asText()) + " " + Math.round(share.path("share").asDouble() * 100) + " %";
            assertTrue(summary.contains(expected), expected + " in " + summary);
        }
        assertTrue(summary.matches("(?s).*Annotation took\\s+[0-9.]+ ms in the service, \\d+ ms from sending to answer.*"), summary);
    }

    @Test
    void theJsonIsOneClickAwayAndDownloadsAsTheServiceSentIt() throws IOException, InterruptedException {
        pasteAndAnnotate(TWEETS);
        WebElement json = driver.findElement(By.id("json"));
        assertFalse(json.isDisplayed());
        driver.findElement(By.cssSelector(".json-panel summary")).click();
        assertTrue(json.isDisplayed());
        HttpResponse<String> direct = service.annotate(PLAIN, Files.readAllBytes(TWEETS));
        assertSameJson(JSON.readTree(direct.body()), JSON.readTree(json.getText()), "the JSON panel");
        WebElement download = driver.findElement(By.id("download"));
        assertEquals("article.annotation.json", download.getDomAttribute("download"), "a pasted article has no name of its own");
        Object downloaded = driver.executeAsyncScript("fetch(arguments[0]).then(r => r.text()).then(arguments[1]);",
                download.getDomProperty("href"));
        assertEquals(direct.body(), downloaded);
    }

    @Test
    void anEmptySubmissionShowsTheProblemTheServiceAnswered() throws IOException, InterruptedException {
        page.load();
        page.annotate();
        checkShowsProblem(service.annotate(PLAIN, new byte[0]));
        page.screenshot(OUT.resolve("empty-submission.png"));
    }

    @Test
    void anArticleOverTheSizeLimitShowsTheProblemTheServiceAnswered() throws IOException, InterruptedException {
        String tooLong = "Palabras. ".repeat(110_000);
        HttpResponse<String> direct = service.annotate(PLAIN, tooLong.getBytes(StandardCharsets.UTF_8));
        assertEquals(413, direct.statusCode(), "the service's limit is above this check's article");
        page.load();
        page.paste(tooLong);
        page.annotate();
        checkShowsProblem(direct);
    }

    @Test
    void aFileOfAnotherKindShowsTheProblemTheServiceAnswered() throws IOException, InterruptedException {
        Path file = Files.createTempDirectory("ui-check").resolve("article.xml");
        Files.writeString(file, "<article><p>Buenos días.</p></article>");
        page.load();
        page.open(file);
        checkShowsProblem(service.annotate("text/xml", Files.readAllBytes(file)));
    }

    @Test
    void everyControlIsReachedWithTheTabKey() throws IOException, InterruptedException {
        pasteAndAnnotate(TWEETS);
        @SuppressWarnings("unchecked")
        List<WebElement> controls = (List<WebElement>) page.script("return [...document.querySelectorAll("
                + "'a[href], button, input, select, textarea, summary, [tabindex=\"0\"]')].filter(e => e.checkVisibility());");
        assertTrue(controls.size() > 10, "controls: " + controls.size());
        page.script("document.activeElement.blur();");
        Set<WebElement> reached = new HashSet<>();
        for (int i = 0; i < controls.size() + 5; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            reached.add(page.focused());
        }
        List<String> missed = controls.stream().filter(control -> !reached.contains(control))
                .map(control -> control.getTagName() + " " + control.getText()).toList();
        assertEquals(List.of(), missed);
    }

    @Test
    void aQuotationsDetailsShowOnKeyboardFocusAndOnHoverAndEscapeHidesThem() throws IOException, InterruptedException {
        pasteAndAnnotate(TWEETS);
        page.script("document.activeElement.blur();");
        WebElement focused = page.focused();
        for (int i = 0; i < 100 && !focused.getTagName().equals("mark"); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            focused = page.focused();
        }
        assertEquals("mark", focused.getTagName(), "no quotation reached with the Tab key");
        WebElement details = page.details(focused);
        assertTrue(details.isDisplayed());
        assertTrue(details.getText().startsWith("Said by "), details.getText());
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(details.isDisplayed(), "Escape hides the details");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        new Actions(driver).moveToElement(focused).perform();
        assertTrue(details.isDisplayed(), "hovering shows them");
        page.screenshot(OUT.resolve("quotation-details.png"));
    }

    @Test
    void allTextHasAContrastOfAtLeastFourAndAHalfToOne() throws IOException, InterruptedException, URISyntaxException {
        List<Map<String, Object>> seen = new ArrayList<>();
        pasteAndAnnotate(TWEETS);
        driver.findElement(By.cssSelector(".json-panel summary")).click();
        page.quote(1).click();
        seen.addAll(contrasts());
        page.load();
        page.open(Path.of(getClass().getResource(WITH_RULE).toURI()));
        seen.addAll(contrasts());
        pasteAndAnnotate(EXAMPLES.resolve("breitbart-asylum-plain.txt"));
        seen.addAll(contrasts());
        page.load();
        page.annotate();
        seen.addAll(contrasts());

        // the lowest ratio of each pair of colours, printed for the README
        Map<String, Map<String, Object>> pairs = new TreeMap<>();
        for (Map<String, Object> text : seen) {
            pairs.merge(text.get("colour") + " on " + text.get("background"), text,
                    (a, b) -> ratio(a) <= ratio(b) ? a : b);
        }
        pairs.forEach((pair, text) -> System.out.printf(Locale.ROOT, "contrast %5.2f:1  %s  (%s \"%s\")%n",
                ratio(text), pair, text.get("element"), text.get("text")));
        List<String> low = pairs.entrySet().stream().filter(pair -> ratio(pair.getValue()) < 4.5)
                .map(pair -> pair.getKey() + ": " + pair.getValue()).toList();
        assertEquals(List.of(), low);
    }

    // ---- what every annotation must look like on the page

    private void checkShowsAll(JsonNode annotation) {
        String text = annotation.path("text").asText();
        Map<String, String> borderByLanguage = new LinkedHashMap<>();
        for (JsonNode span : annotation.path("spans")) {
            WebElement block = page.span(span.path("id").asInt());
            String language = span.path("language").asText(null);
            assertEquals(TYPE_NAMES.get(span.path("type").asText()), page.textContent(block.findElement(By.className("type-label"))));
            assertEquals(languageName(language), page.textContent(block.findElement(By.className("lang-label"))));
            assertEquals(slice(text, span.path("start").asInt(), span.path("end").asInt()),
                    page.articleText(block.findElement(By.className("span-text"))), "span " + span.path("id"));
            borderByLanguage.put(String.valueOf(language), block.getCssValue("border-left-color"));
        }
        assertEquals(borderByLanguage.size(), new HashSet<>(borderByLanguage.values()).size(),
                "each language its own colour: " + borderByLanguage);
        checkBoilerplateIsMuted(annotation);
        for (JsonNode quote : annotation.path("quotes")) {
            if (quote.path("kind").asText().equals("post")) {
                checkPostCard(quote);
            } else {
                checkHighlight(quote, text);
            }
            checkSideListEntry(quote);
        }
        String shown = driver.findElement(By.tagName("body")).getText();
        assertFalse(shown.contains("undefined") || shown.contains("NaN"), "a missing field shows nothing");
    }

    private void checkBoilerplateIsMuted(JsonNode annotation) {
        List<String> colours = stream(annotation.path("spans"))
                .filter(span -> Set.of("boilerplate", "paragraph").contains(span.path("type").asText()))
                .map(span -> span.path("type").asText() + " " + page.span(span.path("id").asInt()).getCssValue("color"))
                .distinct().toList();
        long types = colours.stream().map(entry -> entry.split(" ")[0]).distinct().count();
        assertEquals(types, colours.size(), "one text colour per type, boilerplate's not the paragraphs': " + colours);
    }

    private void checkPostCard(JsonNode quote) {
        WebElement card = page.quote(quote.path("id").asInt());
        assertEquals("article", card.getTagName());
        JsonNode attribution = quote.path("attribution");
        String heading = card.findElement(By.tagName("h3")).getText();
        assertTrue(heading.contains(attribution.path("name").asText("Nobody named")), heading);
        if (attribution.hasNonNull("handle")) {
            assertTrue(heading.contains("@" + attribution.path("handle").asText()), heading);
        }
        String meta = card.findElement(By.className("post-meta")).getText();
        assertTrue(meta.toLowerCase(Locale.ROOT).startsWith(quote.path("platform").asText()), meta);
        if (attribution.hasNonNull("dateText")) {
            assertTrue(meta.contains(attribution.path("dateText").asText()), meta);
        }
        assertEquals(attribution.hasNonNull("rule"), meta.contains("Rule: "), meta);
        List<String> links = card.findElements(By.cssSelector(".post-meta a")).stream().map(a -> a.getDomAttribute("href")).toList();
        assertEquals(attribution.hasNonNull("url") ? List.of(attribution.path("url").asText()) : List.of(), links);
        String entities = card.findElement(By.className("entities")).getText();
        JsonNode found = quote.path("entities");
        stream(found.path("mentions")).forEach(m -> assertTrue(entities.contains("@" + m.path("handle").asText()), entities));
        stream(found.path("hashtags")).forEach(h -> assertTrue(entities.contains("#" + h.path("tag").asText()), entities));
        stream(found.path("urls")).forEach(u -> assertTrue(entities.contains(u.path("url").asText()), entities));
    }

    private void checkHighlight(JsonNode quote, String text) {
        int id = quote.path("id").asInt();
        String expected = slice(text, quote.path("start").asInt(), quote.path("end").asInt());
        List<WebElement> pieces = page.marks(id);
        assertFalse(pieces.isEmpty(), "quotation " + id + " is not highlighted");
        String first = page.textContent(pieces.get(0));
        assertTrue(expected.startsWith(first), "quotation " + id + " starts with «" + first + "», expected «" + expected + "»");
        // a quotation over several paragraphs is highlighted in each; the blank lines between are no span's
        String highlighted = pieces.stream().map(page::textContent).reduce("", String::concat);
        assertEquals(expected.replaceAll("\\s", ""), highlighted.replaceAll("\\s", ""), "quotation " + id);
        assertEquals(pieces.get(0), page.quote(id), "the side list moves to the first piece");

        JsonNode attribution = quote.path("attribution");
        String details = page.textContent(page.details(pieces.get(0)));
        String speaker = attribution.hasNonNull("name") ? "Said by " + attribution.path("name").asText() : "No speaker named";
        assertTrue(details.startsWith(speaker), details);
        if (attribution.hasNonNull("cue")) {
            assertTrue(details.contains("Cue: “" + attribution.path("cue").asText() + "”"), details);
        }
        assertEquals(attribution.hasNonNull("rule"), details.contains("Rule: "), details);
    }

    /** The quotation is listed under its speaker, and the link takes the keyboard's focus to it. */
    private void checkSideListEntry(JsonNode quote) {
        int id = quote.path("id").asInt();
        WebElement link = page.sideListLink(id);
        String speakerHeading = link.findElement(By.xpath("ancestor::section[1]/h4")).getText();
        JsonNode attribution = quote.path("attribution");
        boolean named = attribution.hasNonNull("name") || attribution.hasNonNull("handle");
        assertTrue(named
                ? speakerHeading.contains(attribution.path("name").asText("\0")) || speakerHeading.contains("@" + attribution.path("handle").asText("\0"))
                : speakerHeading.equals("No speaker named"), "quotation " + id + " under " + speakerHeading);
        link.sendKeys(Keys.ENTER);
        WebElement target = page.quote(id);
        assertEquals(target, page.focused(), "Enter on the side list's link focuses quotation " + id);
        assertTrue(page.inView(target), "quotation " + id + " is scrolled into view");
    }

    private void checkShowsProblem(HttpResponse<String> direct) throws IOException {
        JsonNode problem = JSON.readTree(direct.body());
        String shown = page.problem();
        assertTrue(shown.startsWith(problem.path("title").asText() + "\n" + problem.path("detail").asText()), shown);
        assertTrue(shown.endsWith("HTTP " + direct.statusCode()), shown);
        assertFalse(page.resultShown(), "no annotation beside the problem");
    }

    // ---- helpers

    private JsonNode pasteAndAnnotate(Path article) throws IOException, InterruptedException {
        return pasteAndAnnotate(article, PLAIN);
    }

    /** Pastes the article, annotates it, and checks that the page got what the service answers to its type. */
    private JsonNode pasteAndAnnotate(Path article, String type) throws IOException, InterruptedException {
        page.load();
        page.paste(Files.readString(article));
        page.annotate();
        assertEquals("", page.problem());
        JsonNode shown = page.annotation();
        HttpResponse<String> direct = service.annotate(type, Files.readAllBytes(article));
        assertSameJson(JSON.readTree(direct.body()), shown, "the page shows what the service answers");
        return shown;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> contrasts() throws IOException {
        try (InputStream script = getClass().getResourceAsStream("contrast.js")) {
            return (List<Map<String, Object>>) page.script(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private WebElement blockStartingWith(String words) {
        return driver.findElements(By.cssSelector("#article-view .span")).stream()
                .filter(block -> page.articleText(block.findElement(By.className("span-text"))).strip().startsWith(words))
                .findFirst().orElseThrow(() -> new AssertionError("no span starts with «" + words + "»"));
    }

    private WebElement cardStartingWith(String words) {
        return driver.findElements(By.cssSelector("#article-view .post-card")).stream()
                .filter(card -> page.articleText(card.findElement(By.className("span-text"))).strip().startsWith(words))
                .findFirst().orElseThrow(() -> new AssertionError("no post card starts with «" + words + "»"));
    }

    /** Equal JSON, numbers by value: the page's JavaScript writes the service's 1.0 as 1. */
    private static void assertSameJson(JsonNode expected, JsonNode actual, String what) {
        Comparator<JsonNode> byValue = (a, b) -> a.isNumber() && b.isNumber()
                ? Double.compare(a.doubleValue(), b.doubleValue()) : a.equals(b) ? 0 : 1;
        assertTrue(expected.equals(byValue, actual), what + ": expected " + expected + "\nbut the page has " + actual);
    }

    private static String slice(String text, int start, int end) {
        int[] codePoints = text.codePoints().skip(start).limit(end - start).toArray();
        return new String(codePoints, 0, codePoints.length);
    }

    private static String languageName(String code) {
        return code == null ? "Language not told" : Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }

    private static double ratio(Map<String, Object> text) {
        return ((Number) text.get("ratio")).doubleValue();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
