package dev.camelcos.client.transfer;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A transfer keeps its own bound on the steps it runs at once, on however large a pool. */
class ParallelStepsTest {

    @Test
    void noMoreThanTheLimitRunAtOnceAndTheSubmitterWaitsForARunningStepToEnd() throws Exception {
        ExecutorService unbounded = Executors.newCachedThreadPool();
        try {
            ParallelSteps steps = new ParallelSteps(unbounded, StepLimit.fixed(2), "test transfer");
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            CountDownLatch release = new CountDownLatch(1);
            Thread submitter = new Thread(() -> {
                for (int i = 0; i < 6; i++) {
                    steps.submit(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        release.await(30, TimeUnit.SECONDS);
                        running.decrementAndGet();
                        done.incrementAndGet();
                        return 1L;
                    });
                }
            });
            submitter.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!(running.get() == 2 && submitter.getState() == Thread.State.WAITING)) {
                assertThat(System.nanoTime()).as("two steps running, the third waiting").isLessThan(deadline);
                Thread.sleep(5);
            }
            assertThat(done.get()).isZero();
            release.countDown();
            submitter.join(TimeUnit.SECONDS.toMillis(30));
            steps.awaitAll();
            assertThat(done.get()).isEqualTo(6);
            assertThat(most.get()).isEqualTo(2);
        } finally {
            unbounded.shutdownNow();
        }
    }
}
