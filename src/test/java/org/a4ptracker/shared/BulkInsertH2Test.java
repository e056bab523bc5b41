package org.a4ptracker.shared;

import org.a4ptracker.support.H2Test;

@H2Test
class BulkInsertH2Test extends BulkInsertContract {

    @Override
    boolean copies() {
        return false;
    }
}
