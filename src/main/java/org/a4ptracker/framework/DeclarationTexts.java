package org.a4ptracker.framework;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.a4ptracker.shared.TranslatableTexts;
import org.springframework.stereotype.Component;

/** The Declaration's texts an official translation may stand in for: an area's titles and statement, a commitment's text. */
@Component
class DeclarationTexts implements TranslatableTexts {

    private final FrameworkRepository repository;

    DeclarationTexts(FrameworkRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Kind> kinds() {
        return List.of(new Kind("area", Set.of("short_title", "title", "statement"), numbers(repository.areaNumbers())),
                new Kind("commitment", Set.of("text"), numbers(repository.commitmentNumbers())));
    }

    private static Set<String> numbers(List<Integer> numbers) {
        return new TreeSet<>(numbers.stream().map(String::valueOf).toList());
    }
}
