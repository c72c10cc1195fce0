package dev.camelcos.component.consumer;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.ObjectListing;

/**
 * Walks the consumed prefix a page at a time across polls: each poll resumes where the previous one stopped, and the
 * walk starts over from the first key after the last one, so every object is reached however small each poll is.
 */
final class ListingCursor {

    private final CosClient client;
    private final ListObjectsRequest first;
    /** The key the next page starts after; null to start from the first key. */
    private String marker;

    ListingCursor(CosClient client, ConsumerOptions options) {
        this.client = client;
        this.first = new ListObjectsRequest(options.bucket())
                .setPrefix(options.listPrefix())
                .setDelimiter(options.delimiter())
                .setMaxKeys(options.listPageSize());
    }

    ObjectListing nextPage() {
        return client.listObjects(marker == null ? first : first.next(marker));
    }

    /**
     * The poll is done with {@code page} up to and including its entry {@code index}.
     *
     * @return true when that was the end of the listing, so the next page is the first one again
     */
    boolean doneUpTo(ObjectListing page, int index) {
        marker = index < page.getContents().size() - 1 ? page.getContents().get(index).getKey() : page.getNextMarker();
        return marker == null;
    }

    /** The poll is done with the whole of {@code page}; true when it was the last page. */
    boolean doneWith(ObjectListing page) {
        return doneUpTo(page, page.getContents().size() - 1);
    }
}
