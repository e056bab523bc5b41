package org.a4ptracker.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The shipped framework data against the Declaration as captured from the UN page. */
class DeclarationDataTest {

    private final DeclarationData data = DeclarationData.load();

    private DeclarationData.CommitmentRow commitment(int number) {
        return data.commitments().stream().filter(c -> c.number() == number).findFirst().orElseThrow();
    }

    @Test
    void hasFortyFiveCommitmentsNumberedInOrderInEightAreas() {
        assertThat(data.commitments()).extracting(DeclarationData.CommitmentRow::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 45).boxed().toList());
        assertThat(data.areas()).extracting(DeclarationData.AreaRow::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(data.areas()).extracting(DeclarationData.AreaRow::shortTitle).containsExactly("Politics",
                "Women, peace and security", "Protection", "Safety and security", "Performance and accountability",
                "Peacebuilding and sustaining peace", "Partnerships", "Conduct of peacekeepers and peacekeeping operations");
    }

    @Test
    void eachCommitmentIsInTheAreaOfItsNumberRange() {
        int[][] ranges = {{1, 9}, {10, 12}, {13, 15}, {16, 17}, {18, 29}, {30, 36}, {37, 40}, {41, 45}};
        for (int area = 1; area <= 8; area++) {
            for (int n = ranges[area - 1][0]; n <= ranges[area - 1][1]; n++) {
                assertThat(commitment(n).area()).as("area of commitment %d", n).isEqualTo(area);
            }
        }
    }

    @Test
    void actorsFollowTheSubjectOfEachCommitment() {
        Map<Actor, Long> counts = data.commitments().stream()
                .collect(Collectors.groupingBy(DeclarationData.CommitmentRow::actor, Collectors.counting()));
        assertThat(counts).containsEntry(Actor.COLLECTIVE, 25L).containsEntry(Actor.MEMBER_STATES, 7L)
                .containsEntry(Actor.SECRETARY_GENERAL, 12L).containsEntry(Actor.HOST_GOVERNMENTS, 1L);
        assertThat(IntStream.of(2, 3, 4, 25, 26, 29, 42).mapToObj(this::commitment))
                .allMatch(c -> c.actor() == Actor.MEMBER_STATES);
        assertThat(IntStream.of(5, 6, 7, 20, 21, 22, 23, 24, 28, 30, 31, 32).mapToObj(this::commitment))
                .allMatch(c -> c.actor() == Actor.SECRETARY_GENERAL);
        assertThat(commitment(39).actor()).isEqualTo(Actor.HOST_GOVERNMENTS);
        // a bracketed opening continues the actor of the commitment before it
        assertThat(commitment(9).actor()).isEqualTo(commitment(8).actor()).isEqualTo(Actor.COLLECTIVE);
        assertThat(commitment(26).actor()).isEqualTo(Actor.MEMBER_STATES);
    }

    @Test
    void paragraphsAreThoseOfTheDeclaration() {
        Map<Integer, Integer> expected = Map.of(1, 4, 2, 5, 5, 6, 8, 7, 10, 8, 17, 12, 29, 15, 39, 19, 40, 20, 45, 23);
        expected.forEach((n, para) -> assertThat(commitment(n).paragraph()).as("paragraph of %d", n).isEqualTo(para));
    }

    @Test
    void textsKeepTheirSquareBracketsAndSayDoubledWordsOnce() {
        assertThat(commitment(3).text()).isEqualTo("As Member States, [we commit] to seek measures to enable greater coherence between mandates and resources");
        assertThat(commitment(4).text()).startsWith("[As Member States, we commit] to support the implementation");
        assertThat(commitment(11).text()).startsWith("[We collectively commit to implement the WPS agenda and its priorities] by");
        assertThat(commitment(23).text()).isEqualTo("[The Secretary-General commits] to provide effective field support to peacekeeping operations");
        assertThat(commitment(24).text()).contains("generate the necessary specialized capabilities, including").doesNotContain("capabilitiesspecialized");
        assertThat(commitment(40).text()).endsWith("including triangular partnerships and co-deployments");
        assertThat(data.commitments()).noneMatch(c -> c.text().contains("(Para"));
    }

    @Test
    void everyTextIsWordForWordInTheCapturedDeclaration() throws IOException {
        String page = new ClassPathResource("declaration/a4p-page-capture.txt").getContentAsString(StandardCharsets.UTF_8);
        for (String doubled : new String[]{"effective field support", "specialized capabilities", "triangular partnerships and co-deployments"}) {
            page = page.replace(doubled + doubled, doubled);
        }
        Map<Integer, String> lines = page.lines().filter(l -> l.matches("^\\d+\\. .* \\(Para \\d+\\)$"))
                .collect(Collectors.toMap(l -> Integer.valueOf(l.substring(0, l.indexOf('.'))), Function.identity(), (a, b) -> b));
        for (var c : data.commitments()) {
            assertThat(lines.get(c.number())).as("commitment %d", c.number())
                    .isEqualTo(c.number() + ". " + c.text() + " (Para " + c.paragraph() + ")");
        }
    }

    @Test
    void aPlusHasSevenPrioritiesAndTwoCrossCuttingThemesMappedOnlyAsUnconfirmedSuggestions() {
        assertThat(data.a4pPlusElements()).filteredOn(e -> e.kind().equals("PRIORITY")).hasSize(7);
        assertThat(data.a4pPlusElements()).filteredOn(e -> e.kind().equals("CROSS_CUTTING")).hasSize(2);
        assertThat(data.a4pPlusMapping()).allMatch(m -> m.note().contains("no official"));
        assertThat(data.frameworks()).extracting(DeclarationData.FrameworkRow::code).containsExactly("A4P", "A4P_PLUS");
    }
}
