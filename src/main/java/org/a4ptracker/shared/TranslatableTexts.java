package org.a4ptracker.shared;

import java.util.List;
import java.util.Set;

/**
 * Reference texts that an official translation may stand in for (see data/translations/README.md). Each module
 * says which of its texts exist, so that the loader refuses a row about anything else and a page knows whether
 * every text of a language is loaded, without this module reading the others' tables.
 */
public interface TranslatableTexts {

    /** One kind of text: the {@code entity} of the files (area, commitment, indicator), its fields and the codes that exist. */
    record Kind(String entity, Set<String> fields, Set<String> codes) {

        public int texts() {
            return fields.size() * codes.size();
        }
    }

    List<Kind> kinds();
}
