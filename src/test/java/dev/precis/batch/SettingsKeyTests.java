package dev.precis.batch;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import dev.precis.batch.output.OutputOptions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "unchanged" decision compares a file's bytes and this key: every setting that changes what a
 * run writes for a file must change the key. A new property fails this test until it is either in
 * the key or listed here with the reason it cannot change a file's outputs.
 */
class SettingsKeyTests {

    /** Settings that cannot change the bytes written for a file, and why. */
    private static final Map<String, String> NOT_OUTPUT = Map.ofEntries(
            Map.entry("command", "which command runs"),
            Map.entry("input", "the history is kept per input folder"),
            Map.entry("output", "a summary missing from the output folder is redone anyway"),
            Map.entry("format", "how the status command prints, not what a run writes"),
            Map.entry("commitInterval", "transaction size"),
            Map.entry("threads", "parallelism; output is the same on any thread count"),
            Map.entry("runDate", "which night a run belongs to"),
            Map.entry("newRun", "whether to start another run"),
            Map.entry("executionId", "which execution to restart"),
            Map.entry("maxFileBytes", "decided per file: a file over the limit is never hashed, so never unchanged"),
            Map.entry("fsync", "durability, not content"),
            Map.entry("pruneDeleted", "what happens to the outputs of deleted inputs only"));

    private static final PrecisProperties SETTINGS = new PrecisProperties("run", "text", Path.of("input"), Path.of("output"), 100, 2,
            200, 3, 0.5, 10_485_760, 5000, 50, null, false, null);
    private static final SummaryMethodProperties METHOD = new SummaryMethodProperties("coverage");
    private static final OutputOptions OPTIONS = new OutputOptions(false, false, false);

    @Test
    void everySettingThatChangesOutputChangesTheKey() throws Exception {
        String key = PrecisJob.settingsKey(SETTINGS, METHOD, OPTIONS);
        for (Object settings : Set.of(SETTINGS, METHOD, OPTIONS)) {
            for (RecordComponent c : settings.getClass().getRecordComponents()) {
                Object changed = withChanged(settings, c);
                String other = PrecisJob.settingsKey(
                        changed instanceof PrecisProperties p ? p : SETTINGS,
                        changed instanceof SummaryMethodProperties m ? m : METHOD,
                        changed instanceof OutputOptions o ? o : OPTIONS);
                if (NOT_OUTPUT.containsKey(c.getName())) {
                    assertThat(other).as(c.getName() + " (" + NOT_OUTPUT.get(c.getName()) + ")").isEqualTo(key);
                } else {
                    assertThat(other).as(c.getName() + " must be in the settings key").isNotEqualTo(key);
                }
            }
        }
    }

    @Test
    void theMethodIsKeyedByWhatItMeansNotHowItIsSpelled() {
        assertThat(PrecisJob.settingsKey(SETTINGS, new SummaryMethodProperties("COVERAGE"), OPTIONS))
                .isEqualTo(PrecisJob.settingsKey(SETTINGS, METHOD, OPTIONS));
    }

    /** A copy of the record with one component set to another valid value. */
    private static Object withChanged(Object record, RecordComponent changed) throws Exception {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object v = components[i].getAccessor().invoke(record);
            values[i] = components[i].getName().equals(changed.getName()) ? other(components[i].getName(), v, components[i].getType()) : v;
        }
        Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return canonical.newInstance(values);
    }

    private static Object other(String name, Object value, Class<?> type) {
        if (name.equals("method")) {
            return "lead";
        }
        if (type == int.class) {
            return (Integer) value + 1;
        }
        if (type == long.class) {
            return (Long) value + 1;
        }
        if (type == double.class) {
            return (Double) value / 2;
        }
        if (type == boolean.class) {
            return !(Boolean) value;
        }
        if (type == Long.class) {
            return 42L;
        }
        if (type == Path.class) {
            return Path.of("elsewhere");
        }
        if (type == String.class) {
            return value == null ? "2026-01-02" : value + "x";
        }
        throw new AssertionError("no other value for " + name + " of " + type);
    }
}
