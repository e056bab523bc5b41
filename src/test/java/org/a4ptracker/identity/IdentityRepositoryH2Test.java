package org.a4ptracker.identity;

import org.a4ptracker.support.H2Test;

@H2Test
class IdentityRepositoryH2Test extends IdentityRepositoryContract {
}
