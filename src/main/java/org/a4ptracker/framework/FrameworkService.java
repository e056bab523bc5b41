package org.a4ptracker.framework;

import java.util.List;
import java.util.Locale;

import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.DataTexts;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the framework catalogue. */
@Service
@Transactional(readOnly = true)
public class FrameworkService {

    private final FrameworkRepository repository;
    private final DataTexts texts;

    FrameworkService(FrameworkRepository repository, DataTexts texts) {
        this.repository = repository;
        this.texts = texts;
    }

    /** An area's {@code short_title}, {@code title} or {@code statement}, as {@link #textFor} does for commitments. */
    public DataTexts.Shown areaText(int number, String field, Locale locale) {
        Area area = area(number);
        String english = switch (field) {
            case "short_title" -> area.shortTitle();
            case "title" -> area.title();
            case "statement" -> area.statement();
            default -> throw new IllegalArgumentException("an area has no text " + field);
        };
        return texts.of("area", number, field, english, locale);
    }

    public List<Area> areas() {
        return repository.areas(repository.countsByAreaAndActor());
    }

    public Area area(int number) {
        return areas().stream().filter(a -> a.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Area", number));
    }

    public Page<Commitment> commitments(CommitmentFilter filter, PageRequest page) {
        if (filter.area() != null) {
            commitmentsOfKnownArea("area", filter.area());
        }
        return new Page<>(repository.commitments(filter, page), page.page(), page.size(), repository.countCommitments(filter));
    }

    /** The area's commitments, or a 400 naming {@code parameter} when there is no such area: a filter never answers an empty list for it. */
    public List<Commitment> commitmentsOfKnownArea(String parameter, int area) {
        var commitments = commitmentsOfArea(area);
        if (commitments.isEmpty()) {
            throw new BadRequestException(parameter, "filter.area", String.valueOf(area));
        }
        return commitments;
    }

    /** A 400 naming {@code parameter} unless the commitment exists. */
    public void requireCommitment(String parameter, int number) {
        if (repository.commitment(number).isEmpty()) {
            throw new BadRequestException(parameter, "filter.commitment", String.valueOf(number));
        }
    }

    public List<Commitment> commitmentsOfArea(int area) {
        return repository.commitments(new CommitmentFilter(area, null), new PageRequest(1, PageRequest.MAX_SIZE));
    }

    public Commitment commitment(int number) {
        return repository.commitment(number).orElseThrow(() -> new NotFoundException("Commitment", number));
    }

    /** The commitments' texts as a reader of {@code locale} sees them, by number: see {@link #textFor}. */
    public java.util.Map<Integer, CommitmentText> commitmentTexts(Locale locale) {
        var texts = new java.util.TreeMap<Integer, CommitmentText>();
        repository.commitments(new CommitmentFilter(null, null), new PageRequest(1, PageRequest.MAX_SIZE))
                .forEach(c -> texts.put(c.number(), textFor(c, locale)));
        return texts;
    }

    /**
     * One commitment's text, and its area's short title, for a reader of {@code locale}: the one place that
     * chooses their language. The official translation where one is loaded (data_translation, with its source),
     * else the English original with {@code lang} "en", so that a page marks it and says so. Never a translation
     * made here.
     */
    public CommitmentText textFor(Commitment commitment, Locale locale) {
        var text = texts.of("commitment", commitment.number(), "text", commitment.text(), locale);
        var areaTitle = texts.of("area", commitment.area(), "short_title", commitment.areaTitle(), locale);
        return new CommitmentText(commitment.number(), commitment.area(), areaTitle.text(), areaTitle.lang(), text.text(),
                text.lang());
    }

    /** A commitment's text and its area's short title, each with the language it is written in (for {@code lang}). */
    public record CommitmentText(int number, int area, String areaTitle, String areaTitleLang, String text, String lang) {
    }

    public List<Framework> frameworks() {
        return repository.frameworks();
    }

    public Framework framework(String code) {
        return frameworks().stream().filter(f -> f.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("Framework", code));
    }

    /** The framework elements (e.g. A4P+ priorities) that are mapped onto an area. */
    public List<FrameworkMapping> mappingsOfArea(int area) {
        return frameworks().stream()
                .flatMap(f -> f.elements().stream().flatMap(e -> e.areas().stream()
                        .filter(link -> link.area() == area)
                        .map(link -> new FrameworkMapping(f.code(), f.name(), e.code(), e.kind(), e.title(), link.confirmed(), link.note()))))
                .toList();
    }

    public record FrameworkMapping(String framework, String frameworkName, String element, String kind, String title,
                                   boolean confirmed, String note) {
    }
}
