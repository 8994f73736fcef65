package org.cbec.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.cbec.mock.Fault;
import org.junit.jupiter.api.Test;

class RandomFaultsTest {

    private static List<Optional<Fault.Kind>> draws(RandomFaults faults, int n) {
        return IntStream.range(0, n).mapToObj(i -> faults.next().map(Fault::kind)).toList();
    }

    @Test
    void ratesOfOneAndZeroGiveAlwaysOrNever() {
        assertThat(draws(new RandomFaults(1, 0, 7), 20)).containsOnly(Optional.of(Fault.Kind.HTTP_STATUS));
        assertThat(draws(new RandomFaults(0, 1, 7), 20)).containsOnly(Optional.of(Fault.Kind.DROP_RESPONSE));
        assertThat(draws(new RandomFaults(0, 0, 7), 20)).containsOnly(Optional.empty());
    }

    @Test
    void sameSeedRepeatsTheSameFaultsAndRatesAreRoughlyKept() {
        List<Optional<Fault.Kind>> first = draws(new RandomFaults(0.2, 0.1, 42), 2000);

        assertThat(draws(new RandomFaults(0.2, 0.1, 42), 2000)).isEqualTo(first);
        assertThat(first.stream().filter(f -> f.equals(Optional.of(Fault.Kind.HTTP_STATUS))).count()).isBetween(300L, 500L);
        assertThat(first.stream().filter(f -> f.equals(Optional.of(Fault.Kind.DROP_RESPONSE))).count()).isBetween(120L, 280L);
    }

    @Test
    void ratesOutsideZeroToOneOrAddingUpBeyondOneAreRefused() {
        assertThatThrownBy(() -> new RandomFaults(-0.1, 0, 1)).hasMessageContaining("server error rate must be between 0 and 1");
        assertThatThrownBy(() -> new RandomFaults(0, Double.NaN, 1)).hasMessageContaining("drop rate must be between 0 and 1");
        assertThatThrownBy(() -> new RandomFaults(0.7, 0.4, 1)).hasMessageContaining("add up to more than 1");
    }
}
