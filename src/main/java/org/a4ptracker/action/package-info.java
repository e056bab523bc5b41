/**
 * The action registry: what each stakeholder did on its commitments, its review workflow
 * (draft, submitted, published, returned, withdrawn), versions, bulk import and reporting status.
 */
package org.a4ptracker.action;
