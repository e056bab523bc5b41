package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.a4ptracker.survey.RespondentGroup;
import org.a4ptracker.survey.RoundForm;
import org.a4ptracker.survey.SurveyService;
import org.a4ptracker.support.Browser;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main pages in each of the six languages, in a real headless Chromium, as a focal point of Ghana sees
 * them: axe-core finds no WCAG 2.1 A/AA violation (html-lang-valid included); in Spanish, Russian, Chinese
 * and Arabic no English message text is left outside passages marked lang="en"; no page scrolls sideways;
 * and Arabic pages are right to left, checked on the rendered screenshot (header and tables mirrored).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:a4p-languages;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "a4p.sample-data.enabled=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesBrowserIT {

    private static final String TEXT_OF_THE_PAGE_LANGUAGE = """
            const lang = document.documentElement.lang, parts = [];
            const own = el => { const l = el.closest('[lang]'); return !l || l.getAttribute('lang') === lang; };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const el = walker.currentNode.parentElement;
              if (el && !el.closest('script,style,noscript,textarea') && own(el)) parts.push(walker.currentNode.textContent);
            }
            document.querySelectorAll('[aria-label],[title],[placeholder]').forEach(el => { if (own(el))
              ['aria-label', 'title', 'placeholder'].forEach(a => el.hasAttribute(a) && parts.push(el.getAttribute(a))); });
            return parts.join('\\n').replace(/\\s+/g, ' ');""";

    @LocalServerPort
    int port;
    @Autowired
    SurveyService surveys;
    @Autowired
    JdbcClient jdbc;

    private WebDriver browser;
    private List<String> pages;
    private List<String> userTexts;
    private final Map<String, Properties> bundles = new java.util.HashMap<>();

    @BeforeAll
    void start() throws Exception {
        var reviewer = new TestAccounts(jdbc).reviewer();
        long round = surveys.create(reviewer, new RoundForm("A4P 2026", "—", LocalDate.now(), LocalDate.now().plusDays(30),
                List.of(RespondentGroup.MEMBER_STATES), null));
        surveys.open(reviewer, round, surveys.round(round).lockVersion());
        pages = List.of("/", "/commitments/12", "/overview", "/workspace/GHA", "/workspace/GHA/actions/new",
                "/workspace/GHA/surveys/" + round);
        userTexts = jdbc.sql("""
                        select title from action_version union select display_name from app_user
                        union select title from survey_round union select question_text from survey_question
                        union select reason from action where reason is not null
                        union select reason from action_event where reason is not null""")
                .query(String.class).list().stream().map(t -> t.strip().replaceAll("\\s+", " "))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        for (String language : List.of("", "_es", "_ru", "_zh", "_ar")) {
            var props = new Properties();
            try (var in = new InputStreamReader(getClass().getResourceAsStream("/messages/messages" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                props.load(in);
            }
            bundles.put(language.isEmpty() ? "en" : language.substring(1), props);
        }
        browser = Browser.start();
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys("focal.point@example.org");
        browser.findElement(By.id("password")).sendKeys("sample-password-2026");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void open(String path, String language) {
        browser.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
        assertThat(js("return document.documentElement.lang")).as(path).isEqualTo(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar"})
    void theMainPagesPassAxeAndFitTheWindow(String language) throws Exception {
        String axe = Files.readString(Path.of("src/test/resources/axe/axe.min.js"));
        for (String path : pages) {
            open(path, language);
            js(axe);
            @SuppressWarnings("unchecked")
            var violations = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                       .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | '))))
                       .catch(e => done(['axe failed: ' + e]));""");
            assertThat(violations).as("axe on %s in %s", path, language).isEmpty();
            assertThat((Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as("sideways scrolling on %s in %s", path, language).isLessThanOrEqualTo(0L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ru", "zh", "ar"})
    void noEnglishMessageIsLeftOutsidePassagesMarkedEnglish(String language) {
        Set<String> english = englishPhrases(bundles.get("en"), bundles.get(language));
        Set<String> words = englishWords(bundles.get("en"), bundles.get(language));
        assertThat(english).hasSizeGreaterThan(500);
        assertThat(words).hasSizeGreaterThan(150).contains("Reported", "Search", "Menu", "Due");
        var found = new java.util.LinkedHashMap<String, List<String>>();
        for (String path : pages) {
            open(path, language);
            var left = englishIn(withoutUserTexts((String) js(TEXT_OF_THE_PAGE_LANGUAGE)), english, words);
            if (!left.isEmpty()) {
                found.put(path, left);
            }
        }
        // the scan itself sees a lone word: on the English home page it finds the words of the menu and the search
        open("/", "en");
        assertThat(englishIn(withoutUserTexts((String) js(TEXT_OF_THE_PAGE_LANGUAGE)), english, words)).contains("Search", "Menu");
        assertThat(found).as("English in %s", language).isEmpty();
    }

    /**
     * What people wrote (action titles, return reasons, account names, survey round titles and questions; in the sample instance the
     * generator wrote them in English): data in its author's language, not a message of the interface, so taken out
     * before looking for messages. Without this, "Sample Focal Point, Ghana" in the header reads as the "Sample" badge.
     */
    private String withoutUserTexts(String text) {
        for (String typed : userTexts) {
            if (text.contains(typed)) {
                text = text.replace(typed, "\u0000");
            }
        }
        return text;
    }

    /** The English phrases found in the text, and the English words found as whole words with their capitals. */
    private static List<String> englishIn(String text, Set<String> phrases, Set<String> words) {
        var left = new ArrayList<>(phrases.stream().filter(text::contains).toList());
        words.stream().filter(w -> java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_-])" + w + "(?![\\p{L}\\p{N}_-])").matcher(text).find())
                .forEach(left::add);
        return left;
    }

    /**
     * The English messages that are one word ("Reported", "Search", "Menu", "Due") and whose translation differs, found
     * in the page as a whole word with its capitals: a lone word left untranslated is as much English as a sentence.
     * No allow-list is needed: a word the same in both languages ("Total" in Spanish, "CSV", "PDF", "A4P") is left out
     * because its message is not translated differently, proper names and codes are data, not messages, and what people
     * wrote is taken out first ({@link #withoutUserTexts}); reference data without an official translation (indicator
     * names, breakdowns) is marked lang="en" and skipped with the Declaration's texts.
     */
    private static Set<String> englishWords(Properties english, Properties translated) {
        Set<String> words = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            if (value.equals(translated.getProperty(key))) {
                continue;
            }
            String flat = value;
            for (String previous = null; !flat.equals(previous); ) {
                previous = flat;
                flat = flat.replaceAll("\\{[^{}]*\\}", "\u0000");
            }
            String word = flat.replace("''", "'").strip().replaceAll("^[^A-Za-z]+|[^A-Za-z]+$", "");
            if (word.matches("[A-Za-z]{2,}")) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The English texts of the messages whose translation differs, cut at their arguments, keeping the
     * pieces of two words or more (a lone word such as "Sample" could be a proper name or data).
     */
    private static Set<String> englishPhrases(Properties english, Properties translated) {
        Set<String> phrases = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            if (value.equals(translated.getProperty(key))) {
                continue;
            }
            String flat = value;
            for (String previous = null; !flat.equals(previous); ) {
                previous = flat;
                flat = flat.replaceAll("\\{[^{}]*\\}", "\u0000");
            }
            for (String piece : flat.replace("''", "'").split("\u0000")) {
                String trimmed = piece.strip().replaceAll("^[^A-Za-z]+|[^A-Za-z]+$", "");
                if (trimmed.matches(".*[A-Za-z]{2,}\\s+[A-Za-z]{2,}.*")) {
                    phrases.add(trimmed.replaceAll("\\s+", " "));
                }
            }
        }
        return phrases;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/overview"})
    void arabicPagesAreMirroredOnScreen(String path) throws Exception {
        Files.createDirectories(Path.of("target", "screenshots"));
        var english = shot(path, "en");
        var arabic = shot(path, "ar");
        assertThat(js("return document.documentElement.dir")).isEqualTo("rtl");
        // the brand and the first column header are drawn at the right in Arabic, at the left in English
        assertThat(english.brandInk()).isLessThan(0.5);
        assertThat(arabic.brandInk()).isGreaterThan(0.5);
        assertThat(english.firstHeaderInk()).isLessThan(english.lastHeaderInk());
        assertThat(arabic.firstHeaderInk()).isGreaterThan(arabic.lastHeaderInk());
        // and nothing scrolls sideways, on a phone too
        browser.manage().window().setSize(new Dimension(390, 900));
        try {
            open(path, "ar");
            assertThat((Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).isLessThanOrEqualTo(0L);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /**
     * Arabic charts read from the right (bars grow leftwards from a baseline at the right, labels whole, Eastern or
     * Western digits as the locale says), and the map keeps the world's geography: a map is not mirrored.
     */
    @Test
    void arabicChartsGrowFromTheRightAndTheMapKeepsItsGeography() {
        for (String language : List.of("en", "ar")) {
            open("/overview", language);
            @SuppressWarnings("unchecked")
            var bar = (Map<String, Number>) js("const f = document.querySelector('#overview-chart .hbar-fill.bar');"
                    + "const a = f.closest('.hbar-area').getBoundingClientRect(), b = f.getBoundingClientRect();"
                    + "return {areaLeft: a.left, areaRight: a.right, left: b.left, right: b.right, width: b.width};");
            assertThat(bar.get("width").doubleValue()).as("%s: a bar is drawn", language).isGreaterThan(2);
            if (language.equals("ar")) {
                assertThat(Math.abs(bar.get("right").doubleValue() - bar.get("areaRight").doubleValue())).as("bar starts at the right").isLessThan(1.5);
            } else {
                assertThat(Math.abs(bar.get("left").doubleValue() - bar.get("areaLeft").doubleValue())).as("bar starts at the left").isLessThan(1.5);
            }
            // every label whole: not cut, not overflowing its box
            assertThat((Long) js("return Array.from(document.querySelectorAll('#overview-chart .hbar:not(.hbar-axis) .hbar-label'))"
                    + ".filter(l => l.offsetParent !== null && (l.scrollWidth > l.clientWidth + 1 || l.textContent.trim() === '')).length"))
                    .as("%s: labels cut or empty", language).isZero();
            // the map: Brazil west of India in both languages, drawn from the sprite
            @SuppressWarnings("unchecked")
            var map = (Map<String, Number>) js("const m = document.querySelector('#reporting-map svg').getBoundingClientRect();"
                    + "const br = document.querySelector(\"#reporting-map use[href$='#n076']\").getBoundingClientRect();"
                    + "const ind = document.querySelector(\"#reporting-map use[href$='#n356']\").getBoundingClientRect();"
                    + "return {left: m.left, width: m.width, brazil: (br.left + br.width / 2 - m.left) / m.width,"
                    + " india: (ind.left + ind.width / 2 - m.left) / m.width, brazilWidth: br.width};");
            assertThat(map.get("brazilWidth").doubleValue()).as("%s: Brazil drawn", language).isGreaterThan(10);
            assertThat(map.get("brazil").doubleValue()).as("%s: Brazil in the west", language).isBetween(0.25, 0.45);
            assertThat(map.get("india").doubleValue()).as("%s: India in the east", language).isBetween(0.6, 0.8);
        }
    }

    /** Where, from 0 (left) to 1 (right), the drawn ink of an element lies on the screenshot. */
    private record Shot(double brandInk, double firstHeaderInk, double lastHeaderInk) {
    }

    private Shot shot(String path, String language) throws Exception {
        open(path, language);
        String name = (path.equals("/") ? "home" : path.substring(1)) + "-" + language;
        BufferedImage top = screenshot(name + "-top");
        double brand = ink(top, ".brand");
        js("document.querySelector('main table').scrollIntoView({block: 'center'})");
        BufferedImage table = screenshot(name + "-table");
        return new Shot(brand, ink(table, "main table thead th:first-child"), ink(table, "main table thead th:last-child"));
    }

    /** The window as drawn, kept under target/screenshots for a person to look at. */
    private BufferedImage screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(Path.of("target", "screenshots", name + ".png"), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The mean x of the pixels that differ from the element's background, as a share of the image width. */
    private double ink(BufferedImage image, String selector) {
        double scale = image.getWidth() / ((Number) js("return window.innerWidth")).doubleValue();
        @SuppressWarnings("unchecked")
        var r = (Map<String, Number>) js("const b = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return {x: b.left, y: b.top, w: b.width, h: b.height};", selector);
        int x0 = (int) (r.get("x").doubleValue() * scale), y0 = (int) (r.get("y").doubleValue() * scale);
        int w = (int) (r.get("w").doubleValue() * scale), h = (int) (r.get("h").doubleValue() * scale);
        int background = image.getRGB(Math.max(0, x0), Math.max(0, y0));
        long sum = 0, count = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x0 + w); x++) {
                if (distance(image.getRGB(x, y), background) > 60) {
                    sum += x;
                    count++;
                }
            }
        }
        assertThat(count).as("ink of %s on the screenshot", selector).isGreaterThan(20);
        return (double) sum / count / image.getWidth();
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 255) - (b >> 16 & 255)) + Math.abs((a >> 8 & 255) - (b >> 8 & 255)) + Math.abs((a & 255) - (b & 255));
    }
}
