package org.cbec.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cbec.client.ClientListener;
import org.junit.jupiter.api.Test;

/** The composite of the client's observers forwards every event {@link ClientListener} has, with its arguments. */
class ClientListenersTest {

    @Test
    void everyMethodOfClientListenerReachesEachObserver() throws Exception {
        List<String> calls = new ArrayList<>();
        ClientListener recording = (ClientListener) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ClientListener.class},
                (proxy, method, args) -> {
                    calls.add(method.getName() + Arrays.toString(args));
                    return null;
                });
        ClientListener both = ClientListeners.of(List.of(recording, recording));
        List<String> expected = new ArrayList<>();

        for (Method m : ClientListener.class.getMethods()) {
            if (m.isDefault()) {
                Object[] args = Arrays.stream(m.getParameterTypes()).map(ClientListenersTest::sample).toArray();
                m.invoke(both, args);
                String call = m.getName() + Arrays.toString(args);
                expected.add(call);
                expected.add(call);
            }
        }

        assertThat(expected).as("ClientListener's events").hasSizeGreaterThanOrEqualTo(24);
        assertThat(calls).containsExactlyElementsOf(expected);
    }

    private static Object sample(Class<?> type) {
        if (type == int.class) {
            return 7;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == String.class) {
            return "g-1";
        }
        return null;
    }
}
