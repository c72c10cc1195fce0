package dev.camelcos.component.consumer;

import java.time.Duration;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.camelcos.client.CosValidation;
import dev.camelcos.client.model.RestoreRequest;
import dev.camelcos.component.CosConfiguration;

import static dev.camelcos.component.OptionRules.invalid;
/**
 * The consumer options of an endpoint, checked and compiled once, when the route starts.
 *
 * @param bucket            the consumed bucket
 * @param prefix            the key prefix, "" for the whole bucket
 * @param delimiter         the listing delimiter, or null
 * @param listPageSize      keys per list request: never more than a poll may take
 * @param includeFolders    whether keys ending in / are consumed
 * @param includeBody       whether the body is the object's content
 * @param readAhead         how many of a poll's next objects are downloaded ahead of their exchange
 * @param include           keys to consume, or null for all
 * @param exclude           keys not to consume, or null for none
 * @param minAge            how old an object must be to be consumed
 * @param restore           how to restore archived objects, or null to skip them
 * @param deleteAfterRead   delete each object after its exchange succeeded
 * @param moveAfterRead     move each object after its exchange succeeded
 * @param destinationBucket where moved objects go
 * @param destinationPrefix what moved keys start with
 * @param fileName          the one key to consume, or null for all
 * @param doneMarker        the marker each object waits for, or null
 * @param autocloseBody     whether the body stream is closed when its exchange completes
 */
record ConsumerOptions(String bucket, String prefix, String delimiter, int listPageSize, boolean includeFolders,
        boolean includeBody, int readAhead, Pattern include, Pattern exclude, Duration minAge, RestoreRequest restore,
        boolean deleteAfterRead, boolean moveAfterRead, String destinationBucket, String destinationPrefix,
        String fileName, DoneMarker doneMarker, boolean autocloseBody) {

    static final int MAX_READ_AHEAD = 64;
    static final long MIN_CLAIM_LEASE_MILLIS = 1000;

    /**
     * Checks and compiles the consumer options of {@code c}.
     *
     * @throws IllegalArgumentException naming the first option that breaks a rule, and the rule
     */
    static ConsumerOptions of(CosConfiguration c) {
        if (c.getRegion() == null && c.getEndpoint() == null && c.getCosClient() == null) {
            throw invalid("region", null, "is required unless endpoint is set (e.g. region=ap-guangzhou)");
        }
        String prefix = c.getPrefix() == null ? "" : c.getPrefix();
        if (prefix.startsWith("/")) {
            throw invalid("prefix", prefix, "must not start with '/': COS keys have no leading slash (write incoming/)");
        }
        String delimiter = c.getDelimiter() == null || c.getDelimiter().isEmpty() ? null : c.getDelimiter();
        if (c.getMaxMessagesPerPoll() < 0) {
            throw invalid("maxMessagesPerPoll", c.getMaxMessagesPerPoll(), "must be 0 (no limit) or more");
        }
        if (c.getListPageSize() < 1 || c.getListPageSize() > 1000) {
            throw invalid("listPageSize", c.getListPageSize(), "must be between 1 and 1000");
        }
        if (c.getReadAhead() < 0 || c.getReadAhead() > MAX_READ_AHEAD) {
            throw invalid("readAhead", c.getReadAhead(), "must be between 0 and " + MAX_READ_AHEAD
                    + " (each object read ahead holds a connection)");
        }
        if (c.getReadAhead() > c.getMaxConnections() / 2) {
            // the bodies read ahead wait for exchanges that may themselves need a connection
            throw invalid("readAhead", c.getReadAhead(), "must be at most half of maxConnections="
                    + c.getMaxConnections() + ", so that the route's own requests still find a connection");
        }
        if (c.getMinAge() < 0) {
            throw invalid("minAge", c.getMinAge(), "must not be negative");
        }
        // a page of keys the poll could not take would be listed again by the next poll
        int pageSize = c.getMaxMessagesPerPoll() > 0
                ? Math.min(c.getListPageSize(), c.getMaxMessagesPerPoll()) : c.getListPageSize();
        return new ConsumerOptions(c.getBucketName(), prefix, delimiter, pageSize, c.isIncludeFolders(),
                c.isIncludeBody(), c.getReadAhead(), regex("include", c.getInclude()), regex("exclude", c.getExclude()),
                Duration.ofMillis(c.getMinAge()), restore(c), c.isDeleteAfterRead(), c.isMoveAfterRead(),
                destinationBucket(c), destinationPrefix(c, prefix, delimiter), fileName(c, prefix),
                c.getDoneFileName() == null || c.getDoneFileName().isEmpty() ? null : new DoneMarker(c.getDoneFileName()),
                c.isAutocloseBody());
    }

    /** The prefix each list request asks for: the one key with fileName, so the listing holds little else. */
    String listPrefix() {
        String listed = fileName != null ? fileName : prefix;
        return listed.isEmpty() ? null : listed;
    }

    private static String fileName(CosConfiguration c, String prefix) {
        String fileName = c.getFileName();
        if (fileName == null || fileName.isEmpty()) {
            return null;
        }
        try {
            CosValidation.key(fileName);
        } catch (IllegalArgumentException e) {
            throw invalid("fileName", fileName, e.getMessage());
        }
        if (!fileName.startsWith(prefix)) {
            throw invalid("fileName", fileName, "is not under prefix=" + prefix + ", so it would never be consumed");
        }
        return fileName;
    }

    /** Where a consumed object moves to: the key keeps its part after {@link #prefix}. */
    String destinationKey(String key) {
        return destinationPrefix + key.substring(prefix.length());
    }

    private static Pattern regex(String option, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw invalid(option, value, "is not a valid regular expression: " + e.getDescription());
        }
    }

    private static RestoreRequest restore(CosConfiguration c) {
        if (c.getRestoreArchivedDays() < 1) {
            throw invalid("restoreArchivedDays", c.getRestoreArchivedDays(), "must be at least 1");
        }
        RestoreRequest.Tier tier;
        try {
            tier = RestoreRequest.Tier.valueOf(c.getRestoreArchivedTier());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid("restoreArchivedTier", c.getRestoreArchivedTier(), "must be one of Expedited, Standard, Bulk");
        }
        return c.isRestoreArchived() ? new RestoreRequest(c.getRestoreArchivedDays(), tier) : null;
    }

    private static String destinationBucket(CosConfiguration c) {
        if (c.getDestinationBucket() == null) {
            return c.getBucketName();
        }
        requireMove(c, "destinationBucket", c.getDestinationBucket());
        try {
            return CosValidation.bucket(c.getDestinationBucket());
        } catch (IllegalArgumentException e) {
            throw invalid("destinationBucket", c.getDestinationBucket(), e.getMessage());
        }
    }

    private static String destinationPrefix(CosConfiguration c, String prefix, String delimiter) {
        String destination = c.getDestinationPrefix() == null ? "" : c.getDestinationPrefix();
        if (c.getDestinationPrefix() != null) {
            requireMove(c, "destinationPrefix", destination);
        }
        if (destination.startsWith("/")) {
            throw invalid("destinationPrefix", destination, "must not start with '/': COS keys have no leading slash");
        }
        boolean sameBucket = c.getDestinationBucket() == null || c.getDestinationBucket().equals(c.getBucketName());
        if (c.isMoveAfterRead() && sameBucket && destination.startsWith(prefix)
                && (delimiter == null || !destination.substring(prefix.length()).contains(delimiter))) {
            throw invalid("destinationPrefix", destination, "moved objects would stay under prefix=" + prefix
                    + " in the same bucket and be consumed again: choose a destinationPrefix outside the prefix, another"
                    + " destinationBucket, or a delimiter that keeps the destination out of the listing");
        }
        return destination;
    }

    private static void requireMove(CosConfiguration c, String option, String value) {
        if (!c.isMoveAfterRead()) {
            throw invalid(option, value, "has no effect unless moveAfterRead=true");
        }
    }

    /**
     * The lease of a claim in milliseconds, 0 for none.
     *
     * @throws IllegalArgumentException when it is negative or shorter than a second
     */
    static long claimLease(CosConfiguration c) {
        if (c.getClaimLease() < 0 || c.getClaimLease() > 0 && c.getClaimLease() < MIN_CLAIM_LEASE_MILLIS) {
            throw invalid("claimLease", c.getClaimLease() + "ms", "must be 0 (no lease) or at least 1s: each node"
                    + " renews its claims every quarter lease");
        }
        return c.getClaimLease();
    }

}
