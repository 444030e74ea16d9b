package dev.precis.batch.role;

import java.util.Locale;

import org.springframework.core.env.Environment;

/**
 * What one Precis process does ({@code precis.role}). A standalone process runs the whole job on
 * its own threads, as always; a manager runs the manifest and report steps and sends the summarize
 * step's partitions to workers over a broker; a worker runs the partitions it is sent.
 */
public enum Role {
    STANDALONE, MANAGER, WORKER;

    public static final String PROPERTY = "precis.role";

    /** The role the environment asks for; null when the value is not a role. */
    public static Role of(Environment environment) {
        String value = environment.getProperty(PROPERTY, "standalone").trim().toUpperCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }

    public String property() {
        return name().toLowerCase(Locale.ROOT);
    }
}
