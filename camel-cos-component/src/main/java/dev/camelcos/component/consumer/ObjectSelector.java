package dev.camelcos.component.consumer;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectSummary;

/**
 * Decides whether an object is one to consume: from the listing alone, without any request (folders, fileName,
 * include and exclude, minimum age), then, with doneFileName, by one HEAD asking whether its marker exists.
 */
final class ObjectSelector {

    private static final Logger LOG = LoggerFactory.getLogger(ObjectSelector.class);

    private final ConsumerOptions options;
    private final CosClient client;

    ObjectSelector(ConsumerOptions options, CosClient client) {
        this.options = options;
        this.client = client;
    }

    /**
     * @param now COS's time when it listed the object, so that the age does not depend on the local clock
     */
    boolean accepts(ObjectSummary object, Instant now) {
        String key = object.getKey();
        if (object.isFolder() && !options.includeFolders()) {
            return false;
        }
        if (options.fileName() != null && !options.fileName().equals(key)) {
            return false;
        }
        if (options.doneMarker() != null && options.doneMarker().isMarker(key)) {
            return false;
        }
        if (options.include() != null && !options.include().matcher(key).matches()) {
            return false;
        }
        if (options.exclude() != null && options.exclude().matcher(key).matches()) {
            return false;
        }
        Instant modified = object.getLastModified();
        if (!options.minAge().isZero() && modified != null && modified.plus(options.minAge()).isAfter(now)) {
            LOG.trace("Holding back {}: modified at {}, younger than minAge {}", key, modified, options.minAge());
            return false;
        }
        return options.doneMarker() == null || isMarked(key);
    }

    private boolean isMarked(String key) {
        String marker = options.doneMarker().markerKey(key);
        try {
            client.headObject(new GetObjectRequest(options.bucket(), marker));
            return true;
        } catch (CosServiceException e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            LOG.trace("Holding back {}: its done marker {} does not exist yet", key, marker);
            return false;
        }
    }
}
