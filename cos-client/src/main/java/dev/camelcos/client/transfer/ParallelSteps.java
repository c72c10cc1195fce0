package dev.camelcos.client.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosException;

/**
 * The steps of one transfer (parts, ranges) run on a pool that may be shared, at most {@code limit} of them at once:
 * the transfer's own bound, whatever the pool's size. After the first failure no further step starts; the steps already running are waited for (never interrupted: an interrupt would close a file channel
 * they share) before the failure is reported, so that nothing of the transfer runs on once it has failed.
 */
final class ParallelSteps {

    /** A step; it answers the bytes it moved, which the adaptive limit weighs. */
    @FunctionalInterface
    interface Step {
        long run() throws Exception;
    }

    private final Executor executor;
    private final StepLimit limit;
    private final String what;
    private final List<CompletableFuture<Void>> submitted = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /**
     * @param limit how many steps run at once
     * @param what  names the transfer in the failure message, e.g. {@code upload of bucket/key}
     */
    ParallelSteps(Executor executor, StepLimit limit, String what) {
        this.executor = executor;
        this.limit = limit;
        this.what = what;
    }

    /**
     * Runs {@code step} unless an earlier one failed; {@code always} runs either way, once the step is over. Waits
     * while as many steps run as the limit allows, so that the caller reads ahead no further than the transfer
     * sends.
     */
    void submit(Step step, Runnable always) {
        try {
            limit.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(new CosClientException(what + " was interrupted", e, false));
            always.run();
            return;
        }
        CompletableFuture<Void> future;
        try {
            future = CompletableFuture.runAsync(() -> {
                long moved = 0;
                try {
                    if (failure.get() == null) {
                        moved = step.run();
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    limit.release(moved);
                    always.run();
                }
            }, executor);
        } catch (RuntimeException refused) {
            limit.release(0);
            stop(refused);
            always.run();
            return;
        }
        synchronized (submitted) {
            submitted.add(future);
        }
    }

    void submit(Step step) {
        submit(step, () -> {
        });
    }

    boolean failed() {
        return failure.get() != null;
    }

    /** Stops further steps from starting, as after a failure of the caller's own. */
    void stop(Throwable cause) {
        failure.compareAndSet(null, cause);
    }

    /**
     * Waits for every step submitted so far.
     *
     * @throws CosException the first step's failure (other exceptions wrapped in a {@link CosClientException})
     */
    void awaitAll() {
        List<CompletableFuture<Void>> all;
        synchronized (submitted) {
            all = List.copyOf(submitted);
        }
        boolean interrupted = false;
        for (CompletableFuture<Void> future : all) {
            while (true) {
                try {
                    future.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    stop(new CosClientException(what + " was interrupted", e, false));
                } catch (ExecutionException e) {
                    // steps catch their own failures; an exception here means the pool refused the step
                    stop(e.getCause());
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t != null) {
            throw asCosException(t, what);
        }
    }

    /** A failure as the transfer reports it: COS exceptions as they are, others wrapped with what failed. */
    static CosException asCosException(Throwable t, String what) {
        if (t instanceof CosException e) {
            return e;
        }
        String detail = t instanceof IOException ? t.getClass().getSimpleName() + ": " + t.getMessage()
                : String.valueOf(t);
        return new CosClientException(what + " failed: " + detail, t, false);
    }
}
