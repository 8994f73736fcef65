/**
 * Build-time only: reads the field dictionary of sdk-customs and generates its message records, builders,
 * descriptors and code-list enums. Not a runtime dependency of anything.
 */
package org.cbec.codegen;
