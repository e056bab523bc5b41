/**
 * Perception surveys: rounds built from the framework, invitations with single-use links,
 * answering with save and resume, and results with confidence intervals and disclosure control.
 */
package org.a4ptracker.survey;
