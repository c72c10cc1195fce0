package dev.camelcos.component.consumer;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live consumer nodes of one bucket and prefix, and which of them an object prefers. Each node holds a numbered
 * slot with a lease (the lowest free one when it starts), so the slots held for the current epoch are the live nodes,
 * and a node that died drops out once its lease lapsed. An object prefers the live slot its id hashes to (the id is
 * a SHA-256 digest, so ids spread evenly); a node takes only the objects that prefer it, so N nodes send about 1/N of
 * the GETs each, and the objects of a node that died go to the others once its slot lapsed.
 * <p>
 * The slots are scanned from 0 until {@link #FREE_SLOTS_ENDING_SCAN} free ones in a row, plus this node's own. Nodes
 * whose scans differ (for a moment, while a node joins or leaves) may both prefer an object, which the claim then
 * decides, or neither, which leaves it to a later poll.
 */
final class NodeSlots {

    private static final Logger LOG = LoggerFactory.getLogger(NodeSlots.class);
    private static final int FREE_SLOTS_ENDING_SCAN = 3;

    private final ClaimLeases leases;
    private final String bucket;
    private final String prefix;
    private int own = -1;
    private volatile int[] live = new int[0];

    NodeSlots(ClaimLeases leases, String bucket, String prefix) {
        this.leases = leases;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    /** Takes the lowest free slot; the leases keep it while this node lives. */
    void join() {
        for (int slot = 0; own < 0; slot++) {
            if (leases.take(slotId(slot))) {
                own = slot;
            }
        }
        refresh();
        LOG.info("Consumer of {}/{} is node slot {} of {} live", bucket, prefix, own, live.length);
    }

    /** Looks which slots are held now. */
    void refresh() {
        List<Integer> found = new ArrayList<>();
        for (int slot = 0, free = 0; free < FREE_SLOTS_ENDING_SCAN || slot <= own; slot++) {
            if (slot == own || leases.isHeld(slotId(slot))) {
                found.add(slot);
                free = 0;
            } else {
                free++;
            }
        }
        int[] now = found.stream().mapToInt(Integer::intValue).toArray();
        if (now.length != live.length) {
            LOG.info("Consumer of {}/{}: {} live node(s), slots {}", bucket, prefix, now.length, found);
        }
        live = now;
    }

    /** Whether the object of repository id {@code id} (a hex SHA-256 digest) prefers this node. */
    boolean prefers(String id) {
        int[] nodes = live;
        int hash = Integer.parseUnsignedInt(id.substring(0, 7), 16);
        return nodes.length == 0 || nodes[hash % nodes.length] == own;
    }

    void leave() {
        if (own >= 0) {
            leases.release(slotId(own));
            own = -1;
        }
    }

    private String slotId(int slot) {
        // the ETag position holds no quoted digest, so no object version has this id
        return ObjectClaims.idOf(bucket, prefix, "node slot " + slot);
    }
}
