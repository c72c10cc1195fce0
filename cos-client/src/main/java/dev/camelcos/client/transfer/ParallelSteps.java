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
 * The steps of one transfer (parts, ranges, files) run on a shared pool. After the first failure no further step
 * starts; the steps already running are waited for (never interrupted: an interrupt would close a file channel
 * they share) before the failure is reported, so that nothing of the transfer runs on once it has failed.
 */
final class ParallelSteps {

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private final Executor executor;
    private final String what;
    private final List<CompletableFuture<Void>> submitted = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** @param what names the transfer in the failure message, e.g. {@code upload of bucket/key} */
    ParallelSteps(Executor executor, String what) {
        this.executor = executor;
        this.what = what;
    }

    /** Runs {@code step} unless an earlier one failed; {@code always} runs either way, once the step is over. */
    void submit(Step step, Runnable always) {
        CompletableFuture<Void> future = CompletableFuture.runAsync(() -> {
            try {
                if (failure.get() == null) {
                    step.run();
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                always.run();
            }
        }, executor);
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
