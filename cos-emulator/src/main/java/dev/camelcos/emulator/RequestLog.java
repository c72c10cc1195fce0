package dev.camelcos.emulator;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The most recent requests the emulator received, in arrival order. Past the limit the oldest is forgotten, so a
 * long-running emulator (a benchmark, the standalone server) keeps a bounded amount of memory.
 */
final class RequestLog {

    private final int limit;
    private final ArrayDeque<RecordedRequest> requests = new ArrayDeque<>();

    /** @param limit how many requests to keep, at least 0 (keep none) */
    RequestLog(int limit) {
        this.limit = limit;
    }

    boolean isRecording() {
        return limit > 0;
    }

    synchronized void add(RecordedRequest request) {
        if (!isRecording()) {
            return;
        }
        if (requests.size() == limit) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
    }
}
