package org.a4ptracker.sample;

import org.a4ptracker.support.PostgresTest;

@PostgresTest
class SampleInstancePostgresTest extends SampleInstanceContract {
}
