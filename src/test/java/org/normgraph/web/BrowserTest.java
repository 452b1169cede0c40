package org.normgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.testing.Bundled;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in a real browser: Debian's Chromium driven through chromedriver (installed by
 * scripts/install-test-tools.sh). Screenshots go to target/screenshots. No browser = failure.
 */
class BrowserTest {
    private static final Path SHOTS = Path.of("target/screenshots");
    private static WebDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        Path chromium = Path.of("/usr/bin/chromium");
        Path chromedriver = Path.of("/usr/bin/chromedriver");
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            fail("no browser: /usr/bin/chromium and /usr/bin/chromedriver are needed (Debian packages chromium, chromium-driver; "
                    + "bash scripts/install-test-tools.sh installs them)");
        }
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toString()).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + Bundled.tempDir("ng-chrome-"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void homePageShowsComputedFigures() throws IOException {
        driver.get(Bundled.url() + "/");
        shot("home");
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("NormGraph"));
        List<WebElement> stats = driver.findElements(By.cssSelector(".stats li strong"));
        assertEquals("10", stats.get(1).getText(), "10 submissions");
    }

    @Test
    void anExampleQueryRunsInTheEditorAndShowsRows() throws IOException {
        driver.get(Bundled.url() + "/sparql-editor");
        WebElement example = waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[@id='examples']//button[contains(., 'Coverage of the eleven norms')]")));
        example.click();
        waitUpTo(30).until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() >= 11);
        shot("editor");
        assertTrue(driver.findElements(By.cssSelector(".yasr table tbody tr")).size() >= 11);
    }

    @Test
    void aStatePageHighlightsItsEvidence() throws IOException {
        driver.get(Bundled.url() + "/doc/state/DNK#principles-due-diligence");
        WebElement details = driver.findElement(By.id("principles-due-diligence"));
        waitUpTo(10).until(d -> details.getAttribute("open") != null);
        shot("state-DNK");
        WebElement mark = details.findElement(By.tagName("mark"));
        assertTrue(mark.isDisplayed());
        assertTrue(mark.getText().contains("尽职尽责"), mark.getText());
    }

    @Test
    void aHeatmapCellLeadsToItsEvidence() throws IOException {
        driver.get(Bundled.url() + "/matrix?cols=norms");
        shot("matrix");
        WebElement cell = driver.findElement(By.cssSelector("a.cell[href='/doc/organization/EU#norms-13c']"));
        cell.click();
        waitUpTo(10).until(ExpectedConditions.urlContains("/doc/organization/EU"));
        WebElement details = driver.findElement(By.id("norms-13c"));
        waitUpTo(10).until(d -> details.getAttribute("open") != null);
        shot("matrix-cell-EU-13c");
        assertTrue(details.findElement(By.tagName("mark")).getText().contains("领土"));
    }

    @Test
    void aChinesePhraseIsFound() throws IOException {
        driver.get(Bundled.url() + "/search?lang=zh");
        driver.findElement(By.id("q")).sendKeys("关键基础设施");
        driver.findElement(By.cssSelector("form[role=search] button")).click();
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results li mark")));
        shot("search");
        assertTrue(driver.findElements(By.cssSelector("ol.results li")).size() >= 5);
    }
}
