package org.a4ptracker.shared;

import org.a4ptracker.support.H2Test;

@H2Test
class DataTranslationH2Test extends DataTranslationContract {
}
