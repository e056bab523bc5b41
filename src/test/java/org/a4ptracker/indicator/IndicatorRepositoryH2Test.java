package org.a4ptracker.indicator;

import org.a4ptracker.support.H2Test;

@H2Test
class IndicatorRepositoryH2Test extends IndicatorRepositoryContract {
}
