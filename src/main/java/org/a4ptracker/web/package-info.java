/**
 * The web shell: layout model, languages, security URL table and error answers (RFC 9457
 * problem details for the API, pages for people).
 */
package org.a4ptracker.web;
