/**
 * Not API: how the starter turns properties into the client's parts, its lifecycle and its listeners. May change
 * without notice.
 */
package org.cbec.spring.internal;
