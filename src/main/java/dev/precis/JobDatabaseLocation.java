package dev.precis;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code precis.job-db} (a path, relative to the working directory or absolute) into the
 * H2 file URL, unless {@code spring.datasource.url} is set explicitly. H2 refuses implicitly
 * relative paths, and an operator should not have to know JDBC URL syntax to move the database.
 */
public class JobDatabaseLocation implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        String location = environment.getProperty("precis.job-db", "jobs/precis");
        Path path = Path.of(location).toAbsolutePath().normalize();
        // WRITE_DELAY=0: a committed chunk reaches the file at once instead of up to half a second
        // later, so a kill -9 loses no committed progress (a restart redoes less).
        String url = "jdbc:h2:file:" + path + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        environment.getPropertySources().addFirst(
                new MapPropertySource("precisJobDatabase", Map.of("spring.datasource.url", url)));
    }
}
