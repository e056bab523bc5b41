/**
 * Small types every module uses: paging, localized names, reference-data CSV reading, the
 * exceptions that map to 400, 404 and 409, spreadsheet reading for imports and formula-safe
 * cells for exports, server-drawn chart geometry, and page sections. No business logic lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.a4ptracker.shared;
