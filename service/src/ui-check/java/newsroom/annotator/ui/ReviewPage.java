package newsroom.annotator.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The review page as an editor uses it: put an article in, annotate it, look at what the page shows. */
final class ReviewPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final URI address;
    private final WebDriverWait wait;

    ReviewPage(ChromeDriver driver, URI address) {
        this.driver = driver;
        this.address = address;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** A fresh page. */
    void load() {
        driver.get(address.toString());
    }

    /**
     * Puts the text in the text box as pasting does: value and input event. (ChromeDriver cannot type
     * characters outside the Basic Multilingual Plane, such as emoji, so the check does not type them.)
     */
    void paste(String text) {
        script("const box = document.getElementById('article'); box.value = arguments[0];"
                + "box.dispatchEvent(new Event('input', {bubbles: true}));", text);
    }

    /** Presses Annotate and waits for the annotation or the problem. */
    void annotate() {
        driver.findElement(By.cssSelector("#article-form button[type=submit]")).click();
        awaitAnswer();
    }

    /** Opens a file with the form's file chooser and waits for the annotation or the problem. */
    void open(Path file) {
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        awaitAnswer();
    }

    /** Drops the file on the form as a file manager does, and waits for the annotation or the problem. */
    void drop(Path file) throws IOException {
        script("const [name, text] = arguments; const files = new DataTransfer();"
                + "files.items.add(new File([text], name));"
                + "document.getElementById('article-form').dispatchEvent("
                + "new DragEvent('drop', {dataTransfer: files, bubbles: true, cancelable: true}));",
                file.getFileName().toString(), Files.readString(file));
        awaitAnswer();
    }

    private void awaitAnswer() {
        wait.until(d -> status().startsWith("Annotated") || status().startsWith("Opened") || !problem().isEmpty());
    }

    String status() {
        return driver.findElement(By.id("status")).getText();
    }

    /** The problem shown, as text; empty when there is none. */
    String problem() {
        return driver.findElement(By.id("problem")).getText();
    }

    boolean resultShown() {
        return driver.findElement(By.id("result")).isDisplayed();
    }

    /** The annotation the page shows, read back from its JSON panel. */
    JsonNode annotation() {
        try {
            return JSON.readTree(textContent(driver.findElement(By.id("json"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebElement span(int id) {
        return driver.findElement(By.cssSelector("#article-view [data-span='" + id + "']"));
    }

    /** The element the side list moves to for a quotation: its card for a post, its first mark otherwise. */
    WebElement quote(int id) {
        return driver.findElement(By.id("quote-" + id));
    }

    /** Every piece of a quotation's highlight (more than one when it crosses spans). */
    List<WebElement> marks(int id) {
        return driver.findElements(By.cssSelector("mark.quote[data-quote='" + id + "']"));
    }

    /** The details shown beside a mark on hover or focus. */
    WebElement details(WebElement mark) {
        return mark.findElement(By.xpath("following-sibling::*[contains(@class, 'quote-about')]"));
    }

    WebElement sideListLink(int quote) {
        return driver.findElement(By.cssSelector(".quote-list a[data-quote='" + quote + "']"));
    }

    /** An element's text as the document holds it (getText() gives it as styled, upper case and all). */
    String textContent(WebElement element) {
        return (String) script("return arguments[0].textContent;", element);
    }

    /** A span's text without the quotation details tucked beside its marks. */
    String articleText(WebElement element) {
        return (String) script("const copy = arguments[0].cloneNode(true);"
                + "copy.querySelectorAll('.quote-about').forEach(details => details.remove());"
                + "return copy.textContent;", element);
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Whether the element is inside the window, as after scrolling to it. */
    boolean inView(WebElement element) {
        return (Boolean) script("const box = arguments[0].getBoundingClientRect();"
                + "return box.top >= 0 && box.bottom <= window.innerHeight;", element);
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /**
     * The whole page as a PNG, past the window's bottom too (Chromium's DevTools capture; the window stays
     * as it is, so hover and focus show in the shot).
     */
    void screenshot(Path file) throws IOException {
        Map<String, Object> size = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) size.get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", content.get("width"), "height", content.get("height"), "scale", 1)));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }
}
