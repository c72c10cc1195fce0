package dev.camelcos.component.producer;

import java.util.Collections;
import java.util.Iterator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.ObjectListing;
import dev.camelcos.client.model.ObjectSummary;

/**
 * Every object of a listing: the first page, fetched by the producer so that a missing bucket or refused credentials
 * fail the exchange right there rather than later in a splitter, then the client's lazy listing from where that page
 * ended, one page at a time as the iteration reaches it.
 */
final class ObjectListingIterable implements Iterable<ObjectSummary> {

    private final CosClient client;
    private final ListObjectsRequest request;
    private final ObjectListing firstPage;

    ObjectListingIterable(CosClient client, ListObjectsRequest request) {
        this.client = client;
        this.request = request;
        this.firstPage = client.listObjects(request);
    }

    @Override
    public Iterator<ObjectSummary> iterator() {
        String nextMarker = firstPage.getNextMarker();
        Iterable<ObjectSummary> rest = nextMarker == null ? Collections.emptyList()
                : client.listAllObjects(request.next(nextMarker));
        return Stream.concat(firstPage.getContents().stream(), StreamSupport.stream(rest.spliterator(), false))
                .iterator();
    }

    @Override
    public String toString() {
        return "ObjectListing[" + request.getBucket() + (request.getPrefix() != null ? "/" + request.getPrefix() : "")
               + ", all pages]";
    }
}
