/**
 * The mock's console at {@code /admin}: the journal of what was received, the JSON endpoints under
 * {@code /admin/api} (messages, parcels, controls) and the static page that uses only those endpoints. Not API: the
 * endpoints are documented in the README.
 */
package org.cbec.mock.internal.console;
