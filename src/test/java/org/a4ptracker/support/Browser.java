package org.a4ptracker.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both set explicitly so that
 * nothing is downloaded; a fresh profile under target/ for each browser.
 */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start() {
        return start(false);
    }

    /**
     * With {@code networkLog}, Chromium keeps its DevTools performance log, from which
     * {@link #transferredBytes} reads what went over the wire.
     */
    public static WebDriver start(boolean networkLog) {
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "chromium")), "profile-");
            var options = new ChromeOptions();
            options.setBinary(new File("/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
            if (networkLog) {
                options.setCapability("goog:loggingPrefs", java.util.Map.of("performance", "ALL"));
            }
            var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lays pages out as a phone of this width does (CSS pixels; meta viewport honoured), until {@link #desktop}. */
    public static void phone(WebDriver browser, int width) {
        ((HasCdp) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    }

    public static void desktop(WebDriver browser) {
        ((HasCdp) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    /** Cuts the connection (DevTools network conditions), as a field link that drops. */
    public static void offline(WebDriver browser, boolean offline) {
        if (offline) {
            ((HasNetworkConditions) browser).setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
        } else {
            ((HasNetworkConditions) browser).deleteNetworkConditions();
        }
    }

    /** Forgets every cached response, as a first visit. */
    public static void clearCache(WebDriver browser) {
        ((HasCdp) browser).executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
    }

    /**
     * Bytes received over the network (headers and compressed bodies, DevTools' "transferred") since
     * the log was last read, by URL; a response served from the browser's cache counts nothing.
     */
    public static java.util.Map<String, Long> transferredBytes(WebDriver browser) {
        var urls = new java.util.HashMap<String, String>();
        var bytes = new java.util.LinkedHashMap<String, Long>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            java.util.Map<String, Object> message = new org.openqa.selenium.json.Json().toType(entry.getMessage(),
                    org.openqa.selenium.json.Json.MAP_TYPE);
            @SuppressWarnings("unchecked")
            var event = (java.util.Map<String, Object>) message.get("message");
            @SuppressWarnings("unchecked")
            var params = (java.util.Map<String, Object>) event.get("params");
            String method = (String) event.get("method");
            if ("Network.requestWillBeSent".equals(method)) {
                @SuppressWarnings("unchecked")
                var request = (java.util.Map<String, Object>) params.get("request");
                urls.put((String) params.get("requestId"), (String) request.get("url"));
            } else if ("Network.loadingFinished".equals(method)) {
                String url = urls.get((String) params.get("requestId"));
                long received = ((Number) params.get("encodedDataLength")).longValue();
                if (url != null && url.startsWith("http") && received > 0) { // not the browser's own pages, nor its cache
                    bytes.merge(url, received, Long::sum);
                }
            }
        }
        return bytes;
    }

    /**
     * The page scrolls sideways at the current width: the elements that stick out, by tag, id and class (a table region
     * that scrolls inside itself, a closed details or a hidden element does not count); empty when it fits.
     */
    @SuppressWarnings("unchecked")
    public static java.util.List<String> overflow(WebDriver browser, String where) {
        var sticking = (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const w = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= w) return [];
                return Array.from(document.querySelectorAll('body *')).filter(e => {
                    const r = e.getBoundingClientRect();
                    const hidden = e.closest('details:not([open]) > :not(summary)') || e.closest('.visually-hidden, .skip-link, .table-wrap');
                    return r.width > 0 && r.right > w + 1 && !hidden;
                }).slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                  .concat(['page ' + document.documentElement.scrollWidth + ' px wide in ' + w]);
                """);
        return sticking.isEmpty() ? java.util.List.of() : java.util.List.of(where + " scrolls sideways: " + sticking);
    }
}
