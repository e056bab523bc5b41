package org.a4ptracker.endorsement;

import org.a4ptracker.support.H2Test;

@H2Test
class EndorsementRepositoryH2Test extends EndorsementRepositoryContract {
}
