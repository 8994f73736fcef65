/**
 * Generated from the field dictionary: the nodes that import and export messages share ({@code BaseTransfer},
 * {@code BaseSubscribe}, {@code ExtendMessage}, the CEB900 format check). Never edit; change the dictionary and
 * regenerate.
 */
package org.cbec.customs.common;
