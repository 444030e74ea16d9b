package dev.precis.batch.role;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Boot's messaging settings per role: none of it in a standalone run, an unbuffered client on a worker. */
class RoleSettingsTests {

    private MockEnvironment environment(String... properties) {
        MockEnvironment env = new MockEnvironment();
        for (int i = 0; i < properties.length; i += 2) {
            env.setProperty(properties[i], properties[i + 1]);
        }
        new RoleSettings().postProcessEnvironment(env, null);
        return env;
    }

    @Test
    void aStandaloneRunLeavesTheMessagingAutoConfigurationOutAndKeepsTheOperatorsExclusions() {
        MockEnvironment env = environment("spring.autoconfigure.exclude", "com.example.Other");
        assertThat(env.getProperty("spring.autoconfigure.exclude")).startsWith("com.example.Other,")
                .contains("ArtemisAutoConfiguration", "JmsAutoConfiguration", "IntegrationAutoConfiguration");
        assertThat(environment().getProperty("spring.autoconfigure.exclude")).contains("ArtemisAutoConfiguration");
    }

    @Test
    void aWorkerTakesOneRequestAtATimeUnlessTheUrlSaysOtherwise() {
        MockEnvironment env = environment("precis.role", "worker", "spring.artemis.broker-url", "tcp://broker:61616?reconnectAttempts=5");
        assertThat(env.getProperty("spring.artemis.broker-url")).isEqualTo("tcp://broker:61616?reconnectAttempts=5&consumerWindowSize=0");
        assertThat(environment("precis.role", "worker", "spring.artemis.broker-url", "tcp://b:1?consumerWindowSize=1024")
                .getProperty("spring.artemis.broker-url")).isEqualTo("tcp://b:1?consumerWindowSize=1024");
        assertThat(env.getProperty("spring.artemis.mode")).isEqualTo("native");
        assertThat(env.getProperty("spring.autoconfigure.exclude")).isNull();
    }

    @Test
    void aManagerRunsItsOwnBrokerOnlyWhenAskedTo() {
        assertThat(environment("precis.role", "manager").getProperty("spring.artemis.embedded.enabled")).isEqualTo("false");
        MockEnvironment embedded = environment("precis.role", "MANAGER", "precis.scale-out.embedded-broker", "true");
        assertThat(embedded.getProperty("spring.artemis.mode")).isEqualTo("embedded");
        assertThat(embedded.getProperty("spring.artemis.embedded.enabled")).isEqualTo("true");
    }
}
