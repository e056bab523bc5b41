/**
 * Accounts, roles and focal-point bindings, sign-in (local and OpenID Connect), personal API
 * tokens, the access policy every change goes through, and the append-only audit log.
 */
package org.a4ptracker.identity;
