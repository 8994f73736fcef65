package org.cbec.mock;

import java.net.URI;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: starts a {@link MockSingleWindow} with the defaults on a free loopback port for each test that asks for one
 * (a parameter of type {@link MockSingleWindow}, or {@link URI} for its base URL) and closes it after the test.
 * For other settings, build the mock in the test with {@link MockSingleWindow#builder()}.
 *
 * <pre>{@code
 * @ExtendWith(MockSingleWindowExtension.class)
 * class FilingTest {
 *     @Test
 *     void releases(MockSingleWindow mock) {
 *         HttpTransportConfig http = mock.httpTransport();
 *         ...
 *     }
 * }
 * }</pre>
 */
public final class MockSingleWindowExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MockSingleWindowExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MockSingleWindow.class || type == URI.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        MockSingleWindow mock = context.getStore(NAMESPACE).getOrComputeIfAbsent(MockSingleWindow.class,
                k -> MockSingleWindow.start(), MockSingleWindow.class);
        return parameter.getParameter().getType() == URI.class ? mock.url() : mock;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MockSingleWindow mock = context.getStore(NAMESPACE).remove(MockSingleWindow.class, MockSingleWindow.class);
        if (mock != null) {
            mock.close();
        }
    }
}
