package com.incidentreports.export;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.SignedIn;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report page's Export menu: it opens on a click, its links lead to the report's exports, and what they fetch
 * in the reader's session is a Markdown file and a PDF. The service log and the home page offer their feeds; the
 * profile page makes a feed token and shows the feed's address with it once.
 */
@BrowserTest
class ExportBrowserIT {

    @Test
    void theExportMenuDownloadsMarkdownAndPdf(@SignedIn(STAFF) Browser browser) {
        JsonObject report = TestData.publishedReport();
        long id = report.getJsonNumber("id").longValue();
        browser.get("reports/" + id);
        WebElement markdown = browser.find("export-markdown");
        assertFalse(markdown.isDisplayed(), "the menu starts closed");

        browser.driver().findElement(By.cssSelector("#export-menu > summary")).click();

        browser.await().until(ExpectedConditions.visibilityOf(markdown));
        assertTrue(browser.find("export-pdf").isDisplayed());
        assertTrue(browser.find("export-print").isDisplayed());
        String base = "/api/v1/reports/" + id + "/export?format=";
        assertTrue(markdown.getAttribute("href").endsWith(base + "markdown"), markdown.getAttribute("href"));
        assertTrue(browser.find("export-pdf").getAttribute("href").endsWith(base + "pdf"));
        assertEquals("200 text/markdown;charset=UTF-8 attachment",
                fetched(browser, markdown.getAttribute("href")).replace("; ", ";"));
        assertEquals("200 application/pdf attachment", fetched(browser, browser.find("export-pdf").getAttribute("href")));
        browser.assertNoPolicyViolations("the report page with its Export menu open");
        // The extension's screenshot at the end shows the menu open.
    }

    @Test
    void theFeedsAreOfferedWhereReportsAreListed(@SignedIn(STAFF) Browser browser) {
        JsonObject service = TestData.service().create();
        browser.get("services/" + service.getString("slug"));
        String feed = "/feeds/services/" + service.getString("slug") + ".atom";
        assertTrue(browser.find("feed-link").getAttribute("href").endsWith(feed));
        assertTrue(browser.driver().findElement(By.cssSelector("head link[rel='alternate'][type='application/atom+xml']"))
                .getAttribute("href").endsWith(feed));
        assertTrue(browser.find("export-csv").getAttribute("href")
                .endsWith("/api/v1/services/" + service.getString("slug") + "/export?format=csv"));

        browser.get("");
        assertTrue(browser.driver().findElement(By.cssSelector("head link[rel='alternate'][type='application/atom+xml']"))
                .getAttribute("href").endsWith("/feeds/reports.atom"));
        assertTrue(browser.find("feed-link").isDisplayed());
    }

    @Test
    void theProfileMakesAFeedTokenAndShowsTheAddressOnce(@SignedIn(STAFF) Browser browser) {
        browser.get("profile");
        browser.click("feedToken:feedReset");

        WebElement address = browser.waitForVisible("feedAll");
        assertTrue(address.getAttribute("value").matches("https?://.+/feeds/reports\\.atom\\?feed_token=irf_[A-Za-z0-9_-]{43}"),
                address.getAttribute("value"));
        assertEquals("200 application/atom+xml;charset=UTF-8 -", fetched(browser, address.getAttribute("value")
                .replaceFirst("https?://[^/]+", "")).replace("; ", ";"));

        browser.click("feedToken:feedDone");
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("feedAll")));
        assertTrue(browser.find("feedTokenState").getText().contains("irf_"), browser.find("feedTokenState").getText());
    }

    /** Status, media type and disposition of what the page's own session fetches at {@code href}. */
    private static String fetched(Browser browser, String href) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' '
                    + r.headers.get('Content-Type') + ' '
                    + (r.headers.get('Content-Disposition') || '-').split(';')[0]), e => done('failed ' + e));
                """, href));
    }
}
