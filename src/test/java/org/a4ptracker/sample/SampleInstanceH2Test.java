package org.a4ptracker.sample;

import org.a4ptracker.support.H2Test;

@H2Test
class SampleInstanceH2Test extends SampleInstanceContract {
}
