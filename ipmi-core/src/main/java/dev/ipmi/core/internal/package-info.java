/**
 * Helpers shared by the library's own packages; not exported by the module and not API.
 */
package dev.ipmi.core.internal;
