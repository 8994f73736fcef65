/**
 * Generated from the field dictionary: every import message type (CEB311 ... CEB900) and its nodes. Never edit;
 * change the dictionary and regenerate.
 */
package org.cbec.customs.imports;
