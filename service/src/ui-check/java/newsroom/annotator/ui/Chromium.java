package newsroom.annotator.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium as Debian packages it, driven through its own chromedriver. */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("ui.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("ui.chromedriver", "/usr/bin/chromedriver"));
    static final String INSTALL = "apt-get install chromium chromium-driver";

    private Chromium() {
    }

    /** Whether both programs are there; {@link #missing()} says what to install when not. */
    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    static String missing() {
        return "the browser check needs Chromium (" + BROWSER + ") and its driver (" + DRIVER + "); on Debian or "
                + "Ubuntu install them with: sudo " + INSTALL + " (or set -Dui.chromium and -Dui.chromedriver)";
    }

    /**
     * A new browser with a fresh profile in {@code profile}. Both paths are given to Selenium, so it never
     * looks for (or downloads) a browser or driver of its own; the background-networking flags keep
     * Chromium from calling out, which a closed network answers by refusing its connections.
     */
    static ChromeDriver start(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
