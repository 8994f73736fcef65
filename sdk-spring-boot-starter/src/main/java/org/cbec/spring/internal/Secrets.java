package org.cbec.spring.internal;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Not API: keeps passwords off the command line. A password given as {@code --cbec.signer.password=…} or
 * {@code -Dcbec.signer.password=…} can be read by every user of the machine ({@code ps}, {@code /proc/PID/cmdline});
 * it is refused, naming where to put it instead. Environment variables, config trees ({@code /run/secrets}), vaults and
 * configuration files are fine.
 */
public final class Secrets {

    private Secrets() {
    }

    /**
     * Fails when property {@code name} (e.g. {@code cbec.signer.password}, in any of its relaxed spellings) comes from
     * the command line or a system property.
     *
     * @throws InvalidConfigurationPropertyValueException naming the property
     */
    public static void requireOffTheCommandLine(Environment environment, String name) {
        if (!(environment instanceof ConfigurableEnvironment configurable)) {
            return;
        }
        ConfigurationPropertyName property = ConfigurationPropertyName.of(name);
        for (PropertySource<?> source : configurable.getPropertySources()) {
            boolean commandLine = source instanceof CommandLinePropertySource<?>
                    || StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(source.getName());
            ConfigurationPropertySource view = commandLine ? ConfigurationPropertySource.from(source) : null;
            if (view != null && view.getConfigurationProperty(property) != null) {
                throw new InvalidConfigurationPropertyValueException(name, "******", "a password on the command line (an argument or"
                        + " a -D system property) is visible to every user of the machine; set it in the environment"
                        + " (" + name.toUpperCase().replace('.', '_').replace("-", "") + "), a config tree (/run/secrets) or a vault");
            }
        }
    }
}
