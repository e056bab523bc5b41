package org.a4ptracker.action;

import org.a4ptracker.support.H2Test;

@H2Test
class ActionRepositoryH2Test extends ActionRepositoryContract {
}
