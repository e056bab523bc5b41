/**
 * Indicators and performance data: definitions linked to commitments, baselines and targets,
 * values per reporter, period and disaggregation, validation, approval that locks a period, and
 * aggregation and target attainment over time.
 */
package org.a4ptracker.indicator;
