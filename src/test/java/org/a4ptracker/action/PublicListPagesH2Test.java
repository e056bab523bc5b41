package org.a4ptracker.action;

import org.a4ptracker.support.H2Test;

@H2Test
class PublicListPagesH2Test extends PublicListPagesContract {
}
