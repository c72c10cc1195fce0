package dev.camelcos.component.consumer;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelcos.client.model.ObjectSummary;

/**
 * Decides from the listing alone, without any request, whether an object is one to consume: folders, include and
 * exclude, minimum age.
 */
final class ObjectSelector {

    private static final Logger LOG = LoggerFactory.getLogger(ObjectSelector.class);

    private final ConsumerOptions options;

    ObjectSelector(ConsumerOptions options) {
        this.options = options;
    }

    /**
     * @param now COS's time when it listed the object, so that the age does not depend on the local clock
     */
    boolean accepts(ObjectSummary object, Instant now) {
        String key = object.getKey();
        if (object.isFolder() && !options.includeFolders()) {
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
        return true;
    }
}
