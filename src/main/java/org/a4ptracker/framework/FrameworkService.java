package org.a4ptracker.framework;

import java.util.List;

import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.Texts;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the framework catalogue. */
@Service
@Transactional(readOnly = true)
public class FrameworkService {

    private final FrameworkRepository repository;

    FrameworkService(FrameworkRepository repository) {
        this.repository = repository;
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
            throw new BadRequestException(parameter, Texts.get("filter.area", String.valueOf(area)));
        }
        return commitments;
    }

    /** A 400 naming {@code parameter} unless the commitment exists. */
    public void requireCommitment(String parameter, int number) {
        if (repository.commitment(number).isEmpty()) {
            throw new BadRequestException(parameter, Texts.get("filter.commitment", String.valueOf(number)));
        }
    }

    public List<Commitment> commitmentsOfArea(int area) {
        return repository.commitments(new CommitmentFilter(area, null), new PageRequest(1, PageRequest.MAX_SIZE));
    }

    public Commitment commitment(int number) {
        return repository.commitment(number).orElseThrow(() -> new NotFoundException("Commitment", number));
    }

    /**
     * The commitments' texts as a reader of {@code locale} sees them, by number. The one place that
     * chooses the language: the Declaration is in English only, so every text is the English one,
     * marked {@code en}; translations, where they exist, will be chosen here.
     */
    public java.util.Map<Integer, CommitmentText> commitmentTexts(java.util.Locale locale) {
        var texts = new java.util.TreeMap<Integer, CommitmentText>();
        repository.commitments(new CommitmentFilter(null, null), new PageRequest(1, PageRequest.MAX_SIZE))
                .forEach(c -> texts.put(c.number(), textFor(c, locale)));
        return texts;
    }

    /** One commitment's text for a reader of {@code locale}: see {@link #commitmentTexts}. */
    public CommitmentText textFor(Commitment commitment, java.util.Locale locale) {
        return new CommitmentText(commitment.number(), commitment.area(), commitment.areaTitle(), commitment.text(), "en");
    }

    /** A commitment's text with the language it is written in (for the {@code lang} attribute). */
    public record CommitmentText(int number, int area, String areaTitle, String text, String lang) {
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
