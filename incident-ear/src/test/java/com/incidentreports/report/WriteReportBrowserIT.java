package com.incidentreports.report;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An author's whole path through the product in a real browser: sign in, open a service log, write a report with a
 * mistake, fix it, publish, find it in the log and open it. Every page must load without a JavaScript error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WriteReportBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "incident-reports.ear")
                .importFrom(new File(System.getProperty("test.ear"))).as(EnterpriseArchive.class);
    }

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1360,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Disabled("#2: the section editors of the report form do not yet keep their text on a rejected save")
    void anAuthorWritesFixesPublishesAndFindsAReport() {
        String serviceName = "Checkout " + UUID.randomUUID().toString().substring(0, 8);
        String title = "Payments timed out after the " + serviceName + " release";

        open("services");
        assertTrue(browser.getCurrentUrl().contains("/login"), "signing in comes first");
        signIn("author");
        assertNoConsoleErrors("services");

        browser.findElement(By.id("newServiceButton")).click();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newService:name")));
        name.sendKeys(serviceName);
        browser.findElement(By.id("newService:create")).click();
        wait.until(ExpectedConditions.textToBe(By.id("service-name"), serviceName));
        assertNoConsoleErrors("the new service log");

        browser.findElement(By.id("write-for-service")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:incident")));
        assertNoConsoleErrors("the report form");
        chooseSeverity("SEV2");
        browser.findElement(By.id("edit:usersAffected")).sendKeys("1200");
        typeDate("edit:startedAt", "2026-11-20 09:30");
        typeDate("edit:endedAt", "2026-11-20 10:40");
        browser.findElement(By.id("edit:affectedUsers")).sendKeys("Shoppers paying by card");
        browser.findElement(By.id("edit:incident")).sendKeys("Card payments **timed out** for an hour.");

        browser.findElement(By.id("edit:publish")).click();
        WebElement titleError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("edit:titleMessage")));
        assertTrue(titleError.isDisplayed(), "the missing title is flagged next to the field");
        assertEquals("Card payments **timed out** for an hour.",
                browser.findElement(By.id("edit:incident")).getAttribute("value"), "nothing typed is lost");
        assertEquals("1200", browser.findElement(By.id("edit:usersAffected")).getAttribute("value"));

        browser.findElement(By.id("edit:title")).sendKeys(title);
        browser.findElement(By.id("edit:publish")).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-title"), title));
        assertTrue(browser.getCurrentUrl().matches(".*/reports/\\d+$"), browser.getCurrentUrl());
        assertEquals("Published", browser.findElement(By.id("report-status")).getText());
        assertEquals("1 h 10 min", browser.findElement(By.id("impact-duration")).getText());
        assertNoConsoleErrors("the report page");
        String permalink = browser.getCurrentUrl();

        browser.findElement(By.linkText(serviceName)).click();
        wait.until(ExpectedConditions.textToBe(By.id("service-name"), serviceName));
        browser.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-title"), title));
        assertEquals(permalink, browser.getCurrentUrl(), "the log links to the report's permalink");

        open("");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(title)));
        assertNoConsoleErrors("the home page");
    }

    private void open(String path) {
        browser.get("http://localhost:" + System.getProperty("test.http.port") + "/" + path);
    }

    private void signIn(String username) {
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys("demo");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void typeDate(String id, String value) {
        WebElement input = browser.findElement(By.id(id + "_input"));
        input.sendKeys(value);
        // Tab on, so the date picker's calendar closes and covers nothing.
        input.sendKeys(Keys.TAB);
    }

    private void chooseSeverity(String severity) {
        browser.findElement(By.id("edit:severity")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#edit\\:severity_items li[data-label^='" + severity + "']"))).click();
    }

    private void assertNoConsoleErrors(String where) {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertTrue(errors.isEmpty(), "JavaScript errors on " + where + ": " + errors);
    }
}
