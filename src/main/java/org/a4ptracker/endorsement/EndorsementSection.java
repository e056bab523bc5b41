package org.a4ptracker.endorsement;

import java.util.HashMap;
import java.util.Optional;

import org.a4ptracker.shared.PageSection;
import org.a4ptracker.stakeholder.StakeholderService;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether and when a stakeholder endorsed the Declaration, on its profile. */
@Component
@Order(1)
class EndorsementSection implements PageSection.Provider {

    private final JdbcClient jdbc;
    private final StakeholderService stakeholders;

    EndorsementSection(JdbcClient jdbc, StakeholderService stakeholders) {
        this.jdbc = jdbc;
        this.stakeholders = stakeholders;
    }

    @Override
    public Optional<PageSection> section(PageSection.Subject subject) {
        if (subject.kind() != PageSection.Kind.STAKEHOLDER) {
            return Optional.empty();
        }
        var stakeholder = stakeholders.summary(subject.key());
        var model = new HashMap<String, Object>();
        jdbc.sql("select endorsed_on, reference, sample from endorsement where stakeholder_id = :id").param("id", stakeholder.id())
                .query((rs, i) -> new Object[]{rs.getObject(1, java.time.LocalDate.class), rs.getString(2), rs.getBoolean(3)})
                .optional().ifPresent(e -> {
                    model.put("endorsedOn", e[0]);
                    model.put("reference", e[1]);
                    model.put("sample", e[2]);
                });
        return Optional.of(new PageSection("endorsement/fragments", "endorsement", model));
    }
}
