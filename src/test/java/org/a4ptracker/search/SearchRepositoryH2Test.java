package org.a4ptracker.search;

import org.a4ptracker.support.H2Test;

@H2Test
class SearchRepositoryH2Test extends SearchRepositoryContract {
}
