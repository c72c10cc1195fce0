package dev.camelcos.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a failed request is sent again: {@code maxRetries} more attempts after the first, waits
 * growing exponentially from {@code baseDelay} up to {@code maxDelay}, each drawn at random from its upper half so
 * that many clients throttled at once do not come back in lock-step.
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {

    public static final int DEFAULT_MAX_RETRIES = 3;
    public static final RetryPolicy DEFAULT = new RetryPolicy(DEFAULT_MAX_RETRIES, Duration.ofMillis(100),
            Duration.ofSeconds(20));
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new InvalidOptionException("maxRetries", maxRetries, "must be 0 (one attempt) or more");
        }
        if (baseDelay == null || baseDelay.isNegative() || maxDelay == null || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("retry delays must satisfy 0 <= baseDelay <= maxDelay, were "
                    + baseDelay + " and " + maxDelay);
        }
    }

    public static RetryPolicy withRetries(int maxRetries) {
        return new RetryPolicy(maxRetries, DEFAULT.baseDelay, DEFAULT.maxDelay);
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public Duration delayBefore(int retry) {
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(retry - 1, 20));
        if (ceiling <= 0) {
            return Duration.ZERO;
        }
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
    }
}
