package dev.camelcos.component.routes;

import java.time.Duration;
import java.util.Map;

import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.model.PutObjectRequest;
import com.qcloud.cos.model.StorageClass;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Headers have a direction: those that describe an object read (the consumer's, getObject's) never change where or
 * how a later producer writes. Each case is a route a user would write, checked by what the official SDK finds in
 * both buckets.
 */
class HeaderDirectionTest extends EmulatorRouteTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Override
    protected void configureRoutes(RouteBuilder routes) {
        routes.from("direct:toOther").to("cos:" + OTHER_BUCKET);
        routes.from("direct:toOtherInfrequent").to("cos:" + OTHER_BUCKET + "?storageClass=STANDARD_IA");
        routes.from("cos:" + BUCKET + "?prefix=moving/&deleteAfterRead=true&delay=20").to("cos:" + OTHER_BUCKET);
        routes.from("cos:" + BUCKET + "?prefix=archived/&deleteAfterRead=false&delay=20")
                .to("cos:" + OTHER_BUCKET + "?storageClass=STANDARD_IA");
        routes.from("cos:" + BUCKET + "?prefix=relocating/&moveAfterRead=true&destinationBucket=" + BUCKET
                    + "&destinationPrefix=done/&delay=20")
                .to("cos:" + OTHER_BUCKET);
    }

    @Test
    void bucketToBucketRouteWritesIntoTheDestinationAndDeletesOnlyTheSource() {
        sdkPut(BUCKET, "moving/a.txt", "alpha");
        sdkPut(BUCKET, "moving/b.txt", "beta");

        await().atMost(WAIT).until(() -> !sdk.doesObjectExist(BUCKET, "moving/a.txt")
                                         && !sdk.doesObjectExist(BUCKET, "moving/b.txt"));
        assertThat(sdkRead(OTHER_BUCKET, "moving/a.txt")).isEqualTo("alpha");
        assertThat(sdkRead(OTHER_BUCKET, "moving/b.txt")).isEqualTo("beta");
    }

    @Test
    void bucketToBucketRouteWithMoveAfterReadWritesIntoTheDestination() {
        sdkPut(BUCKET, "relocating/c.txt", "gamma");

        await().atMost(WAIT).until(() -> sdk.doesObjectExist(BUCKET, "done/c.txt"));
        assertThat(sdkRead(OTHER_BUCKET, "relocating/c.txt")).isEqualTo("gamma");
        assertThat(sdk.doesObjectExist(BUCKET, "relocating/c.txt")).isFalse();
    }

    @Test
    void getObjectFromOneBucketThenPutObjectGoesToTheEndpointsBucket() {
        sdkPut(BUCKET, "read-then-put.txt", "delta");
        Exchange read = cosOk(CosOperation.getObject, null, Map.of(CosConstants.KEY, "read-then-put.txt"));
        assertThat(read.getMessage().getHeader(CosConstants.BUCKET_NAME)).isEqualTo(BUCKET);

        Exchange written = putIntoOtherBucket(read);

        assertThat(written.getException()).isNull();
        assertThat(sdkRead(OTHER_BUCKET, "read-then-put.txt")).isEqualTo("delta");
        assertThat(written.getMessage().getHeader(CosConstants.BUCKET_NAME)).isEqualTo(OTHER_BUCKET);
    }

    @Test
    void theOverrideHeaderChoosesTheBucket() {
        Exchange written = cosOk(CosOperation.putObject, "epsilon", Map.of(CosConstants.KEY, "overridden.txt",
                CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET, CosConstants.BUCKET_NAME, BUCKET));

        assertThat(sdkRead(OTHER_BUCKET, "overridden.txt")).isEqualTo("epsilon");
        assertThat(sdk.doesObjectExist(BUCKET, "overridden.txt")).isFalse();
        assertThat(written.getMessage().getHeader(CosConstants.BUCKET_NAME)).isEqualTo(OTHER_BUCKET);
    }

    @Test
    void aBadOverrideBucketIsRefusedBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.putObject, "zeta", Map.of(CosConstants.KEY, "bad-override.txt",
                CosConstants.OVERRIDE_BUCKET_NAME, "No_Such_Bucket"))
                .hasMessageContaining(CosConstants.OVERRIDE_BUCKET_NAME).hasMessageContaining("No_Such_Bucket");
    }

    @Test
    void theStorageClassAReadDescribedDoesNotChooseTheStorageClassOfAWrite() {
        ObjectMetadata metadata = new ObjectMetadata();
        metadata.setContentLength(3);
        sdk.putObject(new PutObjectRequest(BUCKET, "archived/old.txt", stream("old"), metadata)
                .withStorageClass(StorageClass.Standard_IA));

        await().atMost(WAIT).until(() -> sdk.doesObjectExist(OTHER_BUCKET, "archived/old.txt"));
        assertThat(sdk.getObjectMetadata(OTHER_BUCKET, "archived/old.txt").getStorageClass())
                .isEqualTo("STANDARD_IA");

        // a read describing ARCHIVE; the destination endpoint has no storageClass: the bucket's default
        sdkPut(BUCKET, "ia-source.txt", "eta");
        Exchange read = cosOk(CosOperation.getObject, null, Map.of(CosConstants.KEY, "ia-source.txt"));
        read.getMessage().setHeader(CosConstants.STORAGE_CLASS, "ARCHIVE");
        Exchange written = putIntoOtherBucket(read);
        assertThat(written.getException()).isNull();
        assertThat(sdk.getObjectMetadata(OTHER_BUCKET, "ia-source.txt").getStorageClass()).isIn(null, "STANDARD");
    }

    @Test
    void endpointStorageClassWinsOverADescribedOneAndTheOverrideHeaderWinsOverBoth() {
        template.send("direct:toOtherInfrequent", exchange -> {
            exchange.getMessage().setHeader(CosConstants.KEY, "option-wins.txt");
            exchange.getMessage().setHeader(CosConstants.STORAGE_CLASS, "ARCHIVE");
            exchange.getMessage().setBody("theta");
        });
        Exchange overridden = template.send("direct:toOtherInfrequent", exchange -> {
            exchange.getMessage().setHeader(CosConstants.KEY, "override-wins.txt");
            exchange.getMessage().setHeader(CosConstants.STORAGE_CLASS, "ARCHIVE");
            exchange.getMessage().setHeader(CosConstants.OVERRIDE_STORAGE_CLASS, "STANDARD");
            exchange.getMessage().setBody("iota");
        });

        assertThat(overridden.getException()).isNull();
        assertThat(sdk.getObjectMetadata(OTHER_BUCKET, "option-wins.txt").getStorageClass()).isEqualTo("STANDARD_IA");
        assertThat(sdk.getObjectMetadata(OTHER_BUCKET, "override-wins.txt").getStorageClass())
                .isIn(null, "STANDARD");
    }

    @Test
    void aBadOverrideStorageClassIsRefusedBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.putObject, "kappa", Map.of(CosConstants.KEY, "bad-class.txt",
                CosConstants.OVERRIDE_STORAGE_CLASS, "FROZEN"))
                .hasMessageContaining(CosConstants.OVERRIDE_STORAGE_CLASS).hasMessageContaining("FROZEN");
    }

    /** What a route does that reads an object and writes it on: every header of the read, and its body. */
    private Exchange putIntoOtherBucket(Exchange read) {
        return template.send("direct:toOther", exchange -> {
            exchange.getMessage().setHeaders(read.getMessage().getHeaders());
            exchange.getMessage().setHeader(CosConstants.OPERATION, CosOperation.putObject);
            exchange.getMessage().setBody(read.getMessage().getBody());
        });
    }

    @Test
    void aSplitListingFeedingCopyObjectCopiesIntoTheEndpointsBucket() throws Exception {
        sdkPut(BUCKET, "listed/1.txt", "one");
        sdkPut(BUCKET, "listed/2.txt", "two");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:copyListed")
                        .setHeader(CosConstants.OPERATION, constant(CosOperation.listObjects))
                        .setHeader(CosConstants.PREFIX, constant("listed/"))
                        .to("cos:" + BUCKET)
                        .split(body())
                        .setHeader(CosConstants.COPY_SOURCE_BUCKET_NAME, constant(BUCKET))
                        .setHeader(CosConstants.COPY_SOURCE_KEY, simple("${body.key}"))
                        .setHeader(CosConstants.KEY, simple("copies/${body.key}"))
                        .setHeader(CosConstants.OPERATION, constant(CosOperation.copyObject))
                        .to("cos:" + OTHER_BUCKET);
            }
        });

        template.sendBody("direct:copyListed", null);

        assertThat(sdkRead(OTHER_BUCKET, "copies/listed/1.txt")).isEqualTo("one");
        assertThat(sdkRead(OTHER_BUCKET, "copies/listed/2.txt")).isEqualTo("two");
        assertThat(sdk.doesObjectExist(BUCKET, "copies/listed/1.txt")).isFalse();
    }
}
