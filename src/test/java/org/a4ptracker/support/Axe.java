package org.a4ptracker.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * axe-core (npm, vendored under src/test/resources/axe with its licence) injected into the page a
 * browser shows, as an accessibility auditor would run it: every rule axe enables by default.
 */
public final class Axe {

    private static final String SOURCE = read();

    private Axe() {
    }

    /** The violations on the page now shown, one line each: rule, impact, the first offending nodes. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver browser) {
        var js = (JavascriptExecutor) browser;
        if (!"object".equals(js.executeScript("return typeof axe"))) {
            js.executeScript(SOURCE);
            // and into every page this browser opens from now on, rather than sending 650 KB per page
            ((HasCdp) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE));
        }
        var found = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary)}))));
                """);
        return found.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes")).toList();
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
