package org.a4ptracker.endorsement;

import java.time.LocalDate;

/**
 * A published count of endorsements at a date, with its source. A part the source does not
 * give (e.g. the split between Member States and organisations) is null, never zero.
 */
public record EndorsementCount(LocalDate asOf, Integer memberStates, Integer organisations, int total, String source,
                               String note) {
}
