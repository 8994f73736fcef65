/**
 * The Spring Boot starter: {@link org.cbec.spring.CebAutoConfiguration} builds a {@code CebClient} from the
 * {@code cbec.*} properties ({@link org.cbec.spring.CebProperties}), publishes status changes as
 * {@link org.cbec.spring.CebStatusEvent}s, closes the client with the application context and, with the actuator, adds
 * the {@code cbec} health indicator ({@link org.cbec.spring.CebClientHealth}) and the client's Micrometer meters.
 */
package org.cbec.spring;
