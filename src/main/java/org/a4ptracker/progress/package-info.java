/**
 * The progress review (read side): puts published actions, perception and indicators side by side
 * over the public services of the other modules; it owns no data.
 */
package org.a4ptracker.progress;
