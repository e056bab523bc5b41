package org.a4ptracker.framework;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the Declaration at every start. Rows are merged on their natural keys, so a restart
 * duplicates nothing, a corrected data file updates rows in place and ids stay stable.
 */
@Component
@Order(10)
class FrameworkSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FrameworkSeeder.class);

    private final FrameworkRepository repository;

    FrameworkSeeder(FrameworkRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        load(DeclarationData.load());
    }

    void load(DeclarationData data) {
        data.frameworks().forEach(repository::upsertFramework);
        data.areas().forEach(a -> repository.upsertArea(DeclarationData.A4P, a));
        data.commitments().forEach(c -> repository.upsertCommitment(DeclarationData.A4P, c));
        data.a4pPlusElements().forEach(e -> repository.upsertElement(DeclarationData.A4P_PLUS, e));
        data.a4pPlusMapping().forEach(m -> repository.insertMappingIfMissing(DeclarationData.A4P_PLUS, m));
        log.info("Framework catalogue loaded: {} areas, {} commitments, {} A4P+ elements",
                data.areas().size(), data.commitments().size(), data.a4pPlusElements().size());
    }
}
