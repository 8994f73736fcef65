/**
 * Not API: the mock's exchange, receipt timeline, folder gateway, 179 desk and admin pages. May change without
 * notice.
 */
package org.cbec.mock.internal;
