package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.a4ptracker.framework.Actor;
import org.a4ptracker.shared.IcuMessageSource;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.stakeholder.RoleType;
import org.a4ptracker.stakeholder.StakeholderType;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Fails the build on a missing or extra message key in any language, and on a template key with no message. */
class I18nTest {

    private static Set<String> keys(Resource bundle) throws IOException {
        var props = new Properties();
        try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        return new TreeSet<>(props.stringPropertyNames());
    }

    private static Set<String> english() throws IOException {
        return keys(new PathMatchingResourcePatternResolver().getResource("classpath:messages/messages.properties"));
    }

    static final List<String> TRANSLATIONS = List.of("fr", "es", "ru", "zh", "ar");

    private static Properties bundle(String language) throws IOException {
        String name = language == null ? "messages.properties" : "messages_" + language + ".properties";
        var props = new Properties();
        try (var reader = new InputStreamReader(new PathMatchingResourcePatternResolver()
                .getResource("classpath:messages/" + name).getInputStream(), StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        return props;
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeysAndNoEmptyText() throws IOException {
        Set<String> english = english();
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath:messages/messages_*.properties");
        assertThat(bundles).extracting(Resource::getFilename)
                .containsExactlyInAnyOrderElementsOf(TRANSLATIONS.stream().map(l -> "messages_" + l + ".properties").toList());
        for (String language : TRANSLATIONS) {
            Properties other = bundle(language);
            assertThat(other.stringPropertyNames()).as("keys missing from %s", language).containsAll(english);
            assertThat(english).as("keys only in %s", language).containsAll(other.stringPropertyNames());
            assertThat(other.stringPropertyNames().stream().filter(k -> other.getProperty(k).isBlank()))
                    .as("empty texts in %s", language).isEmpty();
        }
        Properties base = bundle(null);
        assertThat(base.stringPropertyNames().stream().filter(k -> base.getProperty(k).isBlank())).as("empty English texts").isEmpty();
    }

    /** A translation uses the same arguments as the English, and formats without error (apostrophes, plurals) with any value. */
    @Test
    void everyMessageFormatsInEveryLanguageWithItsArguments() throws IOException {
        var messages = new IcuMessageSource();
        Properties base = bundle(null);
        var translations = new java.util.HashMap<String, Properties>();
        for (String language : TRANSLATIONS) {
            translations.put(language, bundle(language));
        }
        Pattern argument = Pattern.compile("\\{(\\d+)");
        for (String key : base.stringPropertyNames()) {
            Set<String> englishArgs = argument.matcher(base.getProperty(key)).results().map(m -> m.group(1))
                    .collect(Collectors.toCollection(TreeSet::new));
            for (String language : TRANSLATIONS) {
                String pattern = translations.get(language).getProperty(key);
                Set<String> translatedArgs = argument.matcher(pattern).results().map(m -> m.group(1))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(translatedArgs).as("arguments of %s in %s", key, language).isEqualTo(englishArgs);
            }
            for (String language : Stream.concat(Stream.of("en"), TRANSLATIONS.stream()).toList()) {
                for (Object[] args : dummyArguments(base.getProperty(key))) {
                    String text = messages.getMessage(key, args, Locale.forLanguageTag(language));
                    assertThat(text).as("%s in %s", key, language).isNotBlank().doesNotContain("{0").doesNotContain("''");
                }
            }
        }
    }

    /**
     * Arguments as services pass them: numbers where the English formats a number, plural or choice (in plural
     * messages each of 0, 1, 2, 3, 11, 100 and 1.5, so that every plural form is tried), a direction where it
     * selects, text elsewhere.
     */
    private static List<Object[]> dummyArguments(String english) {
        Matcher numeric = Pattern.compile("\\{(\\d+)\\s*,\\s*(number|plural|choice)").matcher(english);
        Set<Integer> numbers = numeric.results().map(m -> Integer.valueOf(m.group(1))).collect(Collectors.toSet());
        Set<Integer> selects = Pattern.compile("\\{(\\d+)\\s*,\\s*select").matcher(english).results()
                .map(m -> Integer.valueOf(m.group(1))).collect(Collectors.toSet());
        boolean plural = english.contains("plural") || english.contains("choice");
        return (plural ? Stream.<Number>of(0, 1, 2, 3, 11, 100, new java.math.BigDecimal("1.5")) : Stream.<Number>of(1234.5)).map(n -> java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> numbers.contains(i) ? n : selects.contains(i) ? (Object) "HIGHER_IS_BETTER" : "text " + n).toArray())
                .toList();
    }

    /** Keys that Java code passes (Text.of, the exceptions, row and field problems) exist in the English bundle. */
    @Test
    void everyKeyUsedInJavaExists() throws IOException {
        Set<String> english = english();
        Pattern keyed = Pattern.compile("(?:Text\\.of|new (?:org\\.a4ptracker\\.shared\\.)?(?:ConflictException|SheetProblem|InvalidValue)"
                + "|CellError\\.file|ImportError\\.file)\\(\\s*\"([^\"]+)\"(\\s*\\+)?"
                + "|new (?:org\\.a4ptracker\\.shared\\.)?BadRequestException\\(\\s*\"[^\"]*\",\\s*\"([^\"]+)\"(\\s*\\+)?"
                + "|(?:new FieldProblem|\\.error)\\(\\s*(?:\"[^\"]*\"|[\\w.]+),\\s*\"([^\"]+)\"(\\s*\\+)?");
        Pattern entity = Pattern.compile("new NotFoundException\\(\\s*\"([^\"]+)\"");
        Set<String> used = new TreeSet<>();
        Set<String> concatenated = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                keyed.matcher(source).results().forEach(m -> {
                    for (int g = 1; g <= 5; g += 2) {
                        if (m.group(g) != null) {
                            (m.group(g + 1) != null || m.group(g).endsWith(".") ? concatenated : used).add(m.group(g));
                        }
                    }
                });
                entity.matcher(source).results().forEach(m -> used.add(NotFoundException.entityKey(m.group(1))));
            }
        }
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(english).containsAll(used);
        // a key completed at run time must be a prefix of keys that exist ("action.refused." + transition)
        concatenated.forEach(prefix -> assertThat(english).as("keys starting %s", prefix).anyMatch(k -> k.startsWith(prefix)));
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> english = english();
        Pattern literal = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");
        Set<String> used;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            used = files.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
                try {
                    return literal.matcher(Files.readString(p)).results().map(m -> m.group(1));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(english).containsAll(used);
    }

    @Test
    void everyEnumValueShownOnAPageHasAMessage() throws IOException {
        Set<String> english = english();
        Arrays.stream(Actor.values()).forEach(a -> assertThat(english).contains("actor." + a));
        Arrays.stream(RoleType.values()).forEach(r -> assertThat(english).contains("role." + r));
        Arrays.stream(StakeholderType.values()).forEach(t -> assertThat(english).contains("stakeholder.type." + t));
        Stream.of("Africa", "Americas", "Asia", "Europe", "Oceania").forEach(r -> assertThat(english).contains("region." + r));
        Stream.of("en", "fr", "es", "ru", "zh", "ar").forEach(l -> assertThat(english).contains("language." + l));
        Arrays.stream(org.a4ptracker.action.ActionStatus.values()).forEach(v -> assertThat(english).contains("action.status." + v));
        Arrays.stream(org.a4ptracker.action.ActionState.values()).forEach(v -> assertThat(english).contains("action.state." + v));
        Arrays.stream(org.a4ptracker.indicator.Unit.values()).forEach(v -> assertThat(english).contains("indicator.unit." + v));
        Arrays.stream(org.a4ptracker.indicator.AggregationRule.values()).forEach(v -> assertThat(english).contains("indicator.aggregation." + v));
        Arrays.stream(org.a4ptracker.indicator.Frequency.values()).forEach(v -> assertThat(english).contains("indicator.frequency." + v));
        Arrays.stream(org.a4ptracker.indicator.Direction.values()).forEach(v -> assertThat(english).contains("indicator.direction." + v));
        Arrays.stream(org.a4ptracker.indicator.Attainment.State.values()).forEach(v -> assertThat(english).contains("attainment." + v));
        Arrays.stream(org.a4ptracker.survey.Perception.values()).forEach(v -> assertThat(english).contains("perception." + v));
        Arrays.stream(org.a4ptracker.survey.RoundState.values()).forEach(v -> assertThat(english).contains("round." + v));
        Arrays.stream(org.a4ptracker.survey.RespondentGroup.values()).forEach(v -> assertThat(english).contains("group." + v));
        Arrays.stream(org.a4ptracker.survey.QuestionKind.values()).forEach(v -> assertThat(english).contains("survey.kind." + v));
        Arrays.stream(org.a4ptracker.search.Kind.values()).forEach(k -> assertThat(english).contains("search.kind." + k.code(),
                "search.more." + k.code()));
        Arrays.stream(org.a4ptracker.search.SearchRequest.Order.values()).forEach(o -> assertThat(english).contains("search.sort." + o));
    }

    @Test
    void stylesUseLogicalPropertiesSoRightToLeftFollows() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/app.css"));
        assertThat(css).doesNotContainPattern("(margin|padding|border)-(left|right)")
                .doesNotContainPattern("(?m)^\\s*(left|right)\\s*:")
                .doesNotContainPattern("text-align:\\s*(left|right)")
                .doesNotContainPattern("float:\\s*(left|right)");
    }

    @Test
    void noAssetComesFromAnotherServer() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            files.filter(p -> p.toString().endsWith(".html")).forEach(p -> {
                try {
                    assertThat(Files.readString(p)).as(p.toString())
                            .doesNotContainPattern("(src|href)=\"(https?:)?//");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
