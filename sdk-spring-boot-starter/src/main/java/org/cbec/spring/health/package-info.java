/** The {@code cbec} actuator health indicator, for Spring Boot 3 and for Spring Boot 4. */
package org.cbec.spring.health;
