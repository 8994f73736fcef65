/** The client's Micrometer meters in the application's registry. */
package org.cbec.spring.metrics;
