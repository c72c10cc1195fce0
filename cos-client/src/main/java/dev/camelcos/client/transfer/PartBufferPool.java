package dev.camelcos.client.transfer;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed number of equal buffers, allocated on first need and then reused: a reader asking for one while all are in
 * use waits until a part upload gives one back, which bounds the memory of a stream upload whatever its length.
 */
final class PartBufferPool {

    private final int capacity;
    private final int bufferSize;
    private final BlockingQueue<byte[]> free;
    private int allocated;

    PartBufferPool(int capacity, int bufferSize) {
        this.capacity = capacity;
        this.bufferSize = bufferSize;
        this.free = new ArrayBlockingQueue<>(capacity);
    }

    byte[] acquire() throws InterruptedException {
        byte[] buffer = free.poll();
        if (buffer != null) {
            return buffer;
        }
        synchronized (this) {
            if (allocated < capacity) {
                allocated++;
                return new byte[bufferSize];
            }
        }
        return free.take();
    }

    void release(byte[] buffer) {
        free.add(buffer);
    }

    synchronized int allocated() {
        return allocated;
    }

    int capacity() {
        return capacity;
    }

    long allocatedBytes() {
        return (long) allocated() * bufferSize;
    }
}
