package com.incidentreports.testsupport;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A headless Chromium (Debian's, never a downloaded one) on the test server, with the steps every page test takes:
 * sign in, fill PrimeFaces inputs, wait for what a person would wait for, and fail on JavaScript errors.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /**
     * Runs in every document before its own scripts (DevTools, so the page's policy does not apply to it): keeps
     * what the Content-Security-Policy blocked, as the page itself hears of it.
     */
    private static final String POLICY_VIOLATION_LISTENER = "window.__policyViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__policyViolations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline')"
            + "    + ' in ' + e.sourceFile + ':' + e.lineNumber + (e.sample ? ' (' + e.sample + ')' : ''));"
            + "});";

    private final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        // Ajax updates replace elements while a test looks at them: look again rather than fail.
        this.wait = new WebDriverWait(driver, PATIENCE);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    public static Browser open() {
        return open("en-US,en");
    }

    /** A browser whose person reads {@code languages} ("de-DE,de"), as it says in every request's Accept-Language. */
    public static Browser open(String languages) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--lang=" + languages.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1360,1000",
                // The test identity provider and the test server's https port have self-signed certificates.
                "--ignore-certificate-errors");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver chromium = new ChromeDriver(service, options);
        chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", POLICY_VIOLATION_LISTENER));
        return new Browser(chromium);
    }

    public WebDriver driver() {
        return driver;
    }

    /** For conditions of a test's own, such as an element's text. */
    public WebDriverWait await() {
        return wait;
    }

    /** Opens a path of the test server, such as {@code "services"} or {@code "reports/12"}. */
    public void get(String path) {
        driver.get(Server.baseUri().resolve(path).toString());
    }

    public void waitForUrlEndingWith(String ending) {
        wait.until(ExpectedConditions.urlMatches(Pattern.quote(ending) + "$"));
    }

    public void waitForUrlContaining(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public void signIn(DemoUser user) {
        find("login:username").sendKeys(user.username());
        find("login:password").sendKeys(user.password());
        find("login:submit").click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Signs in on the identity provider's own page (Liberty's OpenID Connect provider in the tests). */
    public void signInAtProvider(String username, String password) {
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("j_username")));
        name.sendKeys(username);
        driver.findElement(By.name("j_password")).sendKeys(password);
        driver.findElement(By.name("j_password")).submit();
    }

    public WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    public WebElement waitForVisible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBe(By.id(id), text));
    }

    /** Waits until a field's message box says something, and returns what it says. */
    public String waitForMessage(String id) {
        return wait.until(browser -> {
            String text = browser.findElement(By.id(id)).getText();
            return text.isBlank() ? null : text;
        });
    }

    public String valueOf(String id) {
        return find(id).getDomProperty("value");
    }

    public void type(String id, String text) {
        find(id).sendKeys(text);
    }

    /** Replaces what a text field holds. */
    public void retype(String id, String text) {
        WebElement field = find(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Types into a PrimeFaces date picker's text field, then tabs on as a person would. */
    public void typeDate(String id, String value) {
        WebElement input = find(id + "_input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }

    /**
     * Picks the option of a PrimeFaces select menu whose label starts with {@code labelStart}: opens the menu as a
     * person would, then selects the option through the menu's own widget, which also works for an option below the
     * fold of the list (a click there may fall on its neighbour while the list scrolls).
     */
    public void choose(String menuId, String labelStart) {
        find(menuId).click();
        String menu = menuId.replace(":", "\\:");
        WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + menu + "_items li[data-label^='" + labelStart + "']")));
        ((JavascriptExecutor) driver).executeScript(
                "var menu = PrimeFaces.getWidgetById(arguments[0]); menu.selectItem($(arguments[1])); menu.hide();",
                menuId, option);
    }

    public void click(String id) {
        find(id).click();
    }

    public void clickLink(String text) {
        driver.findElement(By.linkText(text)).click();
    }

    public void waitForLink(String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(text)));
    }

    public void assertNoConsoleErrors(String where) {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertTrue(errors.isEmpty(), "JavaScript errors on " + where + ": " + errors);
    }

    /**
     * Like {@link #assertNoConsoleErrors}, for a page the server answered with {@code status} on purpose: the
     * browser's own line saying so is not a JavaScript error.
     */
    public void assertNoConsoleErrorsOnPageAnswered(int status, String where) {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(entry -> !entry.getMessage().endsWith("the server responded with a status of " + status
                        + " (" + reason(status) + ")"))
                .toList();
        assertTrue(errors.isEmpty(), "JavaScript errors on " + where + ": " + errors);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            default -> throw new IllegalArgumentException("No reason phrase known for " + status);
        };
    }

    /** Fails if the Content-Security-Policy blocked anything on the page open now since it was loaded. */
    public void assertNoPolicyViolations(String where) {
        Object violations = ((JavascriptExecutor) driver).executeScript("return window.__policyViolations || [];");
        assertEquals(List.of(), violations, "What the Content-Security-Policy blocked on " + where);
    }

    /** The page shows no JavaScript error and the Content-Security-Policy blocked nothing on it. */
    public void assertCleanPage(String where) {
        assertNoPolicyViolations(where);
        assertNoConsoleErrors(where);
    }

    /**
     * Keeps a picture of the page and its HTML in target/screenshots, for a failure to be seen rather than guessed
     * at.
     */
    public void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
