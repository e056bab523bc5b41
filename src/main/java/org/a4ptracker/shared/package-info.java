/**
 * Small types every module uses: paging, localized names, reference-data CSV reading and
 * the two exceptions that map to 400 and 404. No business logic lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.a4ptracker.shared;
