package org.cbec.insights.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.cbec.insights.internal.LatencyHistogram;

class LatencyHistogramPropertiesTest {

    @Property(tries = 300)
    void aQuantileIsAtMostOneSixteenthAboveTheExactOneAndNeverAboveTheMaximum(
            @ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 40L * 86_400) Long> seconds) {
        LatencyHistogram h = new LatencyHistogram();
        seconds.forEach(s -> h.add(Duration.ofSeconds(s)));
        List<Long> sorted = seconds.stream().sorted().toList();
        for (double p : new double[] {0.5, 0.9, 0.99, 1.0}) {
            long exact = sorted.get((int) Math.ceil(p * sorted.size()) - 1);
            long got = h.quantile(p).getSeconds();
            assertThat(got).isBetween(exact, exact + exact / 16);
            assertThat(got).isLessThanOrEqualTo(sorted.get(sorted.size() - 1));
        }
    }
}
