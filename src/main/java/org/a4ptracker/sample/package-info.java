/**
 * The generated sample instance: at the first start in sample mode, every module's sample part written in one
 * transaction, then the public summaries recomputed once. Nothing depends on this module.
 */
package org.a4ptracker.sample;
