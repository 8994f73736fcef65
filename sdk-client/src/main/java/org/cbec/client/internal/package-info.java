/**
 * Not API: the default client, its receipt decoding and correlation, the in-memory store and the folder transport.
 * May change without notice.
 */
package org.cbec.client.internal;
