package dev.camelcos.reliability.fuzz;

import java.time.Duration;
import java.util.Random;
import java.util.function.Consumer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.driver.FuzzedDataProviderImpl;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Runs fuzz targets on a bounded number of random inputs, through Jazzer's own {@link FuzzedDataProvider}, so that
 * every build exercises them (Jazzer's JUnit integration runs only the seeds unless {@code JAZZER_FUZZ} is set). The
 * seed is fixed per target, so a failure replays; its message carries the input's number.
 */
final class FuzzDriver {

    /** Inputs per target; {@code -Dreliability.fuzz.inputs=N} for a longer run. */
    static final int INPUTS = Integer.getInteger("reliability.fuzz.inputs", 1000);
    /** No single input may take this long: a hang, not slowness, is what it catches. */
    private static final Duration HANG = Duration.ofSeconds(20);
    private static final int MAX_INPUT = 4096;

    private FuzzDriver() {
    }

    @SafeVarargs
    static void run(String name, Consumer<FuzzedDataProvider>... targets) {
        for (int t = 0; t < targets.length; t++) {
            Consumer<FuzzedDataProvider> target = targets[t];
            Random random = new Random(name.hashCode() * 31L + t);
            for (int i = 0; i < INPUTS; i++) {
                byte[] input = new byte[random.nextInt(MAX_INPUT)];
                random.nextBytes(input);
                String what = name + " target " + t + ", input " + i;
                assertTimeoutPreemptively(HANG, () -> {
                    try (FuzzedDataProviderImpl data = FuzzedDataProviderImpl.withJavaData(input)) {
                        target.accept(data);
                    } catch (RuntimeException | Error e) {
                        throw new AssertionError(what + " threw " + e, e);
                    }
                }, what);
            }
        }
    }
}
