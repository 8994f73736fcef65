/** Not API: the migration locks of each database product. */
package org.cbec.jdbc.internal;
