/** Business rules that span fields, attached to nodes by the field dictionary. */
package org.cbec.customs.checks;
