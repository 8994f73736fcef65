/**
 * Generated from the field dictionary: every export message type (CEB303 ... CEB792, returns CEB213-216) and its
 * nodes. Never edit; change the dictionary and regenerate.
 */
package org.cbec.customs.exports;
