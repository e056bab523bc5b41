package org.a4ptracker.indicator;

import org.a4ptracker.support.PostgresTest;

@PostgresTest
class IndicatorFiguresPostgresTest extends IndicatorFiguresContract {
}
