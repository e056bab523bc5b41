package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.a4ptracker.framework.Actor;
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

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() throws IOException {
        Set<String> english = english();
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath:messages/messages_*.properties");
        assertThat(bundles).extracting(Resource::getFilename).contains("messages_fr.properties");
        for (Resource bundle : bundles) {
            Set<String> other = keys(bundle);
            assertThat(other).as("keys missing from %s", bundle.getFilename()).containsAll(english);
            assertThat(english).as("keys only in %s", bundle.getFilename()).containsAll(other);
        }
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
