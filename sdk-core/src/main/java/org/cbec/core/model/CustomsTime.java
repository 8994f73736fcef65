package org.cbec.core.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Customs time fields ({@code appTime}, {@code CreatTime}, …) are China local times without a zone. This class is
 * the one place the SDK turns instants into them, always in {@link #ZONE Asia/Shanghai}, whatever the JVM's default
 * zone is.
 *
 * <pre>{@code
 * LocalDateTime appTime = CustomsTime.now(clock);           // to the second
 * LocalDateTime t = CustomsTime.of(Instant.parse("2024-01-01T00:00:00Z")); // 2024-01-01T08:00
 * }</pre>
 */
public final class CustomsTime {

    /** The zone of every customs time field. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CustomsTime() {
    }

    /** The current China local time from {@code clock}, truncated to whole seconds. */
    public static LocalDateTime now(Clock clock) {
        return of(clock.instant());
    }

    /** {@code instant} as China local time, truncated to whole seconds. */
    public static LocalDateTime of(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The instant a China local time denotes. */
    public static Instant toInstant(LocalDateTime chinaLocalTime) {
        return chinaLocalTime.atZone(ZONE).toInstant();
    }
}
