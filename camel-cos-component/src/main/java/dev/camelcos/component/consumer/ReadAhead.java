package dev.camelcos.component.consumer;

import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

/**
 * Starts the downloads of a poll's next objects on a small pool while the current exchange is processed, so that on
 * a network with latency the GETs overlap instead of queueing one behind the other. At most {@code size} downloads
 * are started and not yet taken by their readers at any time: each holds a connection, and a route that hands its
 * exchanges to other threads must not make the consumer open one per object of the poll.
 */
final class ReadAhead {

    private final int size;
    private final Executor executor;
    private final Semaphore unread;

    /**
     * @param size     how many objects may be downloaded ahead; 0 for none
     * @param executor runs the downloads; null when {@code size} is 0
     */
    ReadAhead(int size, Executor executor) {
        this.size = size;
        this.executor = executor;
        this.unread = new Semaphore(size);
    }

    int size() {
        return size;
    }

    /** Starts downloading {@code content} unless it is under way already or {@code size} downloads are unread. */
    void start(LazyObjectContent content) {
        if (content != null && !content.isStarted() && unread.tryAcquire()) {
            content.readAhead(executor, unread::release);
        }
    }
}
