package org.a4ptracker.shared;

import org.a4ptracker.support.PostgresTest;

@PostgresTest
class BulkInsertPostgresTest extends BulkInsertContract {

    @Override
    boolean copies() {
        return true;
    }
}
