package org.a4ptracker.stakeholder;

import org.a4ptracker.support.H2Test;

@H2Test
class StakeholderRepositoryH2Test extends StakeholderRepositoryContract {
}
