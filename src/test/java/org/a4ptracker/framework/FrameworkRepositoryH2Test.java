package org.a4ptracker.framework;

import org.a4ptracker.support.H2Test;

@H2Test
class FrameworkRepositoryH2Test extends FrameworkRepositoryContract {
}
