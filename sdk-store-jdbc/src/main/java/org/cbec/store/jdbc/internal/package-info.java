/** Not API: helpers of the JDBC store. */
package org.cbec.store.jdbc.internal;
