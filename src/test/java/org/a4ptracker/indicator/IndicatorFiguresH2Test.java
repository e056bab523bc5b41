package org.a4ptracker.indicator;

import org.a4ptracker.support.H2Test;

@H2Test
class IndicatorFiguresH2Test extends IndicatorFiguresContract {
}
