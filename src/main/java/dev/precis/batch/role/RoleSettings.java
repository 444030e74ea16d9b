package dev.precis.batch.role;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Boot's messaging settings for each role. A standalone run leaves Artemis, JMS and Spring
 * Integration out altogether, so it starts as it did before scale-out existed. A worker talks to the
 * broker at {@code spring.artemis.broker-url} (client settings: {@link #WORKER_CLIENT}). A manager
 * uses that broker too, or with {@code precis.scale-out.embedded-broker=true} runs one itself (tests,
 * the one-machine demo; see RemotePartitioningConfiguration).
 */
public class RoleSettings implements EnvironmentPostProcessor {

    static final List<String> MESSAGING = List.of(
            "org.springframework.boot.artemis.autoconfigure.ArtemisAutoConfiguration",
            "org.springframework.boot.jms.autoconfigure.JmsAutoConfiguration",
            "org.springframework.boot.jms.autoconfigure.JndiConnectionFactoryAutoConfiguration",
            "org.springframework.boot.jms.autoconfigure.health.JmsHealthContributorAutoConfiguration",
            "org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration",
            "org.springframework.boot.integration.autoconfigure.IntegrationGraphEndpointAutoConfiguration",
            "org.springframework.boot.integration.autoconfigure.metrics.IntegrationMetricsAutoConfiguration");

    static final String BROKER_URL = "spring.artemis.broker-url";

    /**
     * A worker's client settings, each unless the URL sets it: no client buffer, so that a worker busy
     * with one partition does not hold the next ones while others idle. (Waiting for the broker is
     * the listener container's: see RemotePartitioningConfiguration. Artemis's own endless reconnect
     * would make a worker that is asked to stop while the broker is down wait for ever.)
     */
    static final List<String> WORKER_CLIENT = List.of("consumerWindowSize=0");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Role role = Role.of(environment);
        Map<String, Object> settings = new LinkedHashMap<>();
        if (role == null || role == Role.STANDALONE) {
            Set<String> exclude = new LinkedHashSet<>(StringUtils.commaDelimitedListToSet(
                    environment.getProperty("spring.autoconfigure.exclude", "")));
            exclude.addAll(MESSAGING);
            exclude.remove("");
            settings.put("spring.autoconfigure.exclude", String.join(",", exclude));
        } else if (role == Role.MANAGER && environment.getProperty("precis.scale-out.embedded-broker", Boolean.class, false)) {
            settings.put("spring.artemis.mode", "embedded");
            settings.put("spring.artemis.embedded.enabled", "true");
        } else {
            settings.put("spring.artemis.mode", "native");
            settings.put("spring.artemis.embedded.enabled", "false");
            if (role == Role.WORKER) {
                settings.put(BROKER_URL, workerUrl(environment.getProperty(BROKER_URL, "tcp://localhost:61616")));
                // When a manager's broker ends, the connection factory warns, with a stack trace, that it could not
                // close the dead connection; the listener container says once that the broker went away.
                String quiet = "logging.level.org.springframework.jms.connection.CachingConnectionFactory";
                if (!environment.containsProperty(quiet)) {
                    settings.put(quiet, "ERROR");
                }
            }
        }
        environment.getPropertySources().addFirst(new MapPropertySource("precisRole", settings));
    }

    static String workerUrl(String url) {
        StringBuilder out = new StringBuilder(url);
        for (String setting : WORKER_CLIENT) {
            if (!url.contains(setting.substring(0, setting.indexOf('=') + 1))) {
                out.append(out.indexOf("?") < 0 ? '?' : '&').append(setting);
            }
        }
        return out.toString();
    }
}
