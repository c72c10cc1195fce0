package dev.camelcos.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * One direction of a proxied connection. Its reader takes chunks from one socket as fast as the link's token buckets
 * let them leave and puts each in the line with its arrival time; its writer hands each chunk to the other socket
 * when it arrives. Many chunks are in flight at once, as on a real link: the delay adds to each round trip, not to
 * each chunk. What is in flight is bounded by the link's rate times its delay, since the reader waits for a chunk to
 * leave before reading the next, and by {@link #CAPACITY} chunks: a receiver that reads slower than the link (an
 * emulator short of CPU) holds the sender back, as its TCP window would, instead of piling bytes up in the proxy.
 */
final class DelayLine {

    static final int CHUNK = 16 * 1024;
    /** 256 KiB per direction: more than a wan or lan connection's bandwidth times its delay (94 and 125 KB). */
    static final int CAPACITY = 16;

    /** {@code bytes == null}: the sender closed its side. */
    private record Chunk(long arrivesNanos, byte[] bytes) {
    }

    private final BlockingQueue<Chunk> line = new LinkedBlockingQueue<>(CAPACITY);
    private final LinkShape shape;

    private DelayLine(LinkShape shape) {
        this.shape = shape;
    }

    /**
     * Carries {@code from}'s bytes to {@code to} on two threads of {@code threads}; {@code done} runs when the line
     * delivered the end of the stream ({@code true}) or broke ({@code false}).
     */
    static DelayLine start(Socket from, Socket to, LinkShape shape, Executor threads, DoneListener done) {
        DelayLine delayLine = new DelayLine(shape);
        threads.execute(() -> delayLine.read(from));
        threads.execute(() -> done.done(delayLine.write(to)));
        return delayLine;
    }

    @FunctionalInterface
    interface DoneListener {
        void done(boolean cleanly);
    }

    private void read(Socket from) {
        byte[] buffer = new byte[CHUNK];
        try {
            InputStream in = from.getInputStream();
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                long leaves = shape.leaves(System.nanoTime(), n);
                line.put(new Chunk(shape.arrives(leaves), Arrays.copyOf(buffer, n)));
                awaitTime(leaves);
            }
        } catch (IOException e) {
            // the socket closed or broke: the writer ends the other side as the end of the stream arrives
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            end();
        }
    }

    /** Marks the end of the stream; when the writer broke and left the line full, the end is not needed. */
    private void end() {
        line.offer(new Chunk(shape.arrives(System.nanoTime()), null));
    }

    /** Chunks read and not yet written. */
    int queued() {
        return line.size();
    }

    private boolean write(Socket to) {
        try {
            OutputStream out = to.getOutputStream();
            while (true) {
                Chunk chunk = line.take();
                awaitTime(chunk.arrivesNanos());
                if (chunk.bytes() == null) {
                    to.shutdownOutput();
                    return true;
                }
                out.write(chunk.bytes());
            }
        } catch (IOException e) {
            // lets a reader waiting for room go on, to find its socket closed
            line.clear();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The link's own timing (a chunk's departure or arrival), not a wait for another thread. */
    private static void awaitTime(long deadlineNanos) {
        for (long left = deadlineNanos - System.nanoTime(); left > 0; left = deadlineNanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
