package dev.camelcos.component.consumer;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.ObjectWriteOptions;
import dev.camelcos.component.CosConstants;
import dev.camelcos.emulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a poll emits, and what it costs in requests. */
class CosConsumerTest extends ConsumerTestSupport {

    private MockEndpoint consume(String options) throws Exception {
        return consume(options, new PollRecorder());
    }

    /** Starts a route from the bucket that reads each body as a String into mock:out. */
    private MockEndpoint consume(String options, PollRecorder polls) throws Exception {
        CamelContext context = start(Map.of("polls", polls), new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(options.isEmpty() ? "pollStrategy=#polls" : options + "&pollStrategy=#polls")).convertBodyTo(String.class).to("mock:out");
            }
        });
        return context.getEndpoint("mock:out", MockEndpoint.class);
    }

    private static List<String> keys(MockEndpoint out) {
        return out.getReceivedExchanges().stream().map(e -> e.getMessage().getHeader(CosConstants.KEY, String.class))
                .toList();
    }

    private static void awaitReceived(MockEndpoint out, int count) {
        await().atMost(WAIT).until(() -> out.getReceivedCounter() >= count);
    }

    @Test
    void thousandObjectsAcrossSeveralListPagesAreEachEmittedExactlyOnce() throws Exception {
        List<String> written = IntStream.range(0, 1000).mapToObj(i -> String.format("in/%04d.txt", i)).toList();
        putAll(written);
        PollRecorder polls = new PollRecorder();

        MockEndpoint out = consume("prefix=in/&listPageSize=100&maxMessagesPerPoll=0&includeBody=false", polls);
        awaitReceived(out, 1000);
        // one more whole pass over the ten pages finds nothing new
        polls.awaitMorePolls(1);

        assertThat(keys(out)).hasSize(1000).containsExactlyInAnyOrderElementsOf(written);
        // the first poll walked ten pages of 100, each starting after the previous page's last key
        List<RecordedRequest> firstPass = listRequests().subList(0, 10);
        assertThat(firstPass).allSatisfy(r -> assertThat(r.query()).containsEntry("max-keys", "100")
                .containsEntry("prefix", "in/"));
        assertThat(firstPass.get(0).query()).doesNotContainKey("marker");
        assertThat(firstPass.subList(1, 10)).extracting(r -> r.query().get("marker"))
                .containsExactly("in/0099.txt", "in/0199.txt", "in/0299.txt", "in/0399.txt", "in/0499.txt",
                        "in/0599.txt", "in/0699.txt", "in/0799.txt", "in/0899.txt");
        assertThat(polls.messages.get(0)).isEqualTo(1000);
    }

    @Test
    void objectsAddedBetweenPollsAreEmittedAndOldOnesAreNot() throws Exception {
        put("a.txt", "a");
        put("b.txt", "b");
        PollRecorder polls = new PollRecorder();
        MockEndpoint out = consume("", polls);
        awaitReceived(out, 2);

        put("c.txt", "c");
        awaitReceived(out, 3);
        polls.awaitMorePolls(3);

        assertThat(keys(out)).containsExactlyInAnyOrder("a.txt", "b.txt", "c.txt");
        assertThat(keys(out).get(2)).isEqualTo("c.txt");
    }

    @Test
    void anOverwrittenObjectIsEmittedAgainAnUnchangedOneIsNot() throws Exception {
        String firstEtag = put("a.txt", "first");
        put("b.txt", "unchanged");
        PollRecorder polls = new PollRecorder();
        MockEndpoint out = consume("", polls);
        awaitReceived(out, 2);

        String secondEtag = put("a.txt", "second");
        awaitReceived(out, 3);
        polls.awaitMorePolls(3);

        assertThat(keys(out)).containsExactlyInAnyOrder("a.txt", "b.txt", "a.txt");
        Exchange again = out.getReceivedExchanges().get(2);
        assertThat(again.getMessage().getBody(String.class)).isEqualTo("second");
        assertThat(again.getMessage().getHeader(CosConstants.E_TAG)).isEqualTo(secondEtag).isNotEqualTo(firstEtag);
    }

    @Test
    void exchangeCarriesTheContentAndTheObjectHeaders() throws Exception {
        ObjectMetadata metadata = new ObjectMetadata().setContentType("text/csv")
                .setUserMetadata(Map.of("origin", "sensor-7"));
        String etag = put(BUCKET, "in/data.csv", "a,b\n1,2\n", metadata, new ObjectWriteOptions());
        ObjectMetadata stored = client.headObject(new GetObjectRequest(BUCKET, "in/data.csv"));

        MockEndpoint out = consume("prefix=in/");
        awaitReceived(out, 1);

        Exchange exchange = out.getReceivedExchanges().get(0);
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("a,b\n1,2\n");
        assertThat(exchange.getMessage().getHeaders())
                .containsEntry(CosConstants.BUCKET_NAME, BUCKET)
                .containsEntry(CosConstants.KEY, "in/data.csv")
                .containsEntry(Exchange.FILE_NAME, "in/data.csv")
                .containsEntry(CosConstants.E_TAG, etag)
                .containsEntry(CosConstants.CONTENT_LENGTH, 8L)
                .containsEntry(CosConstants.CONTENT_TYPE, "text/csv")
                .containsEntry(CosConstants.STORAGE_CLASS, "STANDARD")
                .containsEntry(CosConstants.METADATA, Map.of("origin", "sensor-7"))
                .containsEntry(CosConstants.LAST_MODIFIED, Date.from(stored.getLastModified()));
        assertThat(exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class)).isZero();
        assertThat(exchange.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class)).isEqualTo(1);
        assertThat(exchange.getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class)).isTrue();
    }

    @Test
    void withoutBodyTheListingHeadersComeWithoutAnyGet() throws Exception {
        String etag = put("report.pdf", "%PDF-1.7 ...");
        MockEndpoint out = consume("includeBody=false");
        awaitReceived(out, 1);

        Exchange exchange = out.getReceivedExchanges().get(0);
        assertThat(exchange.getMessage().getBody()).isNull();
        assertThat(exchange.getMessage().getHeaders())
                .containsEntry(CosConstants.KEY, "report.pdf")
                .containsEntry(Exchange.FILE_NAME, "report.pdf")
                .containsEntry(CosConstants.E_TAG, etag)
                .containsEntry(CosConstants.CONTENT_LENGTH, 12L)
                .containsEntry(CosConstants.STORAGE_CLASS, "STANDARD")
                .containsKey(CosConstants.LAST_MODIFIED);
        assertThat(requestsFor("report.pdf")).extracting(RecordedRequest::method).containsOnly("PUT");
    }

    @Test
    void withoutReadAheadContentIsDownloadedWhenFirstReadAndReleasedWhenTheExchangeCompletes() throws Exception {
        put("read.txt", "read me");
        put("unread.txt", "never read");
        AtomicReference<InputStream> readBody = new AtomicReference<>();
        CamelContext context = start(new RouteBuilder() {
            @Override
            public void configure() {
                // without stream caching the route sees the consumer's own stream
                getContext().setStreamCaching(false);
                from(uri("readAhead=0")).process(e -> {
                    if ("read.txt".equals(e.getMessage().getHeader(CosConstants.KEY))) {
                        InputStream body = e.getMessage().getBody(InputStream.class);
                        assertThat(body.read()).isEqualTo('r');
                        readBody.set(body);
                    }
                }).to("mock:out");
            }
        });
        MockEndpoint out = context.getEndpoint("mock:out", MockEndpoint.class);
        awaitReceived(out, 2);

        // completion gave the connection back; a read afterwards goes on where the route stopped, with a new GET
        await().atMost(WAIT).untilAsserted(() -> assertThat(readBody.get().toString()).doesNotContain("connected"));
        assertThat(new String(readBody.get().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("ead me");
        assertThat(requestsFor("read.txt")).extracting(RecordedRequest::method).containsExactly("PUT", "GET", "GET");
        assertThat(requestsFor("unread.txt")).extracting(RecordedRequest::method).containsExactly("PUT");
    }

    @Test
    void readAheadDownloadsTheNextObjectsWhileAnExchangeIsProcessed() throws Exception {
        putAll(List.of("k0", "k1", "k2", "k3"));
        CountDownLatch firstHeld = new CountDownLatch(1);
        Map<String, String> bodies = new ConcurrentHashMap<>();
        CamelContext context = start(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().setStreamCaching(false);
                from(uri("readAhead=2")).process(e -> {
                    String key = e.getMessage().getHeader(CosConstants.KEY, String.class);
                    bodies.put(key, e.getMessage().getBody(String.class));
                    if ("k0".equals(key)) {
                        assertThat(firstHeld.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
                    }
                }).to("mock:out");
            }
        });

        // k0's exchange is held in the route: the two objects after it are downloaded meanwhile, the third is not
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(requestsFor("k1")).extracting(RecordedRequest::method).containsExactly("PUT", "GET");
            assertThat(requestsFor("k2")).extracting(RecordedRequest::method).containsExactly("PUT", "GET");
        });
        assertThat(requestsFor("k3")).extracting(RecordedRequest::method).containsExactly("PUT");
        firstHeld.countDown();

        awaitReceived(context.getEndpoint("mock:out", MockEndpoint.class), 4);
        assertThat(bodies).containsExactlyInAnyOrderEntriesOf(Map.of("k0", "k0", "k1", "k1", "k2", "k2", "k3", "k3"));
        for (String key : List.of("k0", "k1", "k2", "k3")) {
            assertThat(requestsFor(key)).extracting(RecordedRequest::method).containsExactly("PUT", "GET");
        }
    }

    @Test
    void includeAndExcludeAreAppliedToTheListingBeforeAnyGet() throws Exception {
        for (String key : List.of("a.csv", "b.txt", "c.csv", "tmp/d.csv")) {
            put(key, key);
        }
        PollRecorder polls = new PollRecorder();
        MockEndpoint out = consume("include=.*\\.csv&exclude=tmp/.*", polls);
        awaitReceived(out, 2);
        polls.awaitMorePolls(2);

        assertThat(keys(out)).containsExactlyInAnyOrder("a.csv", "c.csv");
        assertThat(requestsFor("a.csv")).extracting(RecordedRequest::method).containsExactly("PUT", "GET");
        assertThat(requestsFor("b.txt")).extracting(RecordedRequest::method).containsExactly("PUT");
        assertThat(requestsFor("tmp/d.csv")).extracting(RecordedRequest::method).containsExactly("PUT");
    }

    @Test
    void foldersAreSkippedUnlessIncludeFolders() throws Exception {
        put("docs/", "");
        put("docs/a.txt", "a");
        PollRecorder polls = new PollRecorder();
        MockEndpoint withoutFolders = consume("", polls);
        awaitReceived(withoutFolders, 1);
        polls.awaitMorePolls(2);
        assertThat(keys(withoutFolders)).containsExactly("docs/a.txt");

        MockEndpoint withFolders = consume("includeFolders=true&includeBody=false");
        awaitReceived(withFolders, 2);
        assertThat(keys(withFolders)).containsExactlyInAnyOrder("docs/", "docs/a.txt");
    }

    @Test
    void withADelimiterOnlyObjectsDirectlyUnderThePrefixAreEmitted() throws Exception {
        put("in/a.txt", "a");
        put("in/deeper/b.txt", "b");
        put("in/c.txt", "c");
        PollRecorder polls = new PollRecorder();
        MockEndpoint out = consume("prefix=in/&delimiter=/", polls);
        awaitReceived(out, 2);
        polls.awaitMorePolls(2);

        assertThat(keys(out)).containsExactlyInAnyOrder("in/a.txt", "in/c.txt");
    }

    @Test
    void maxMessagesPerPollOfTenReachesAllNinetyFiveObjectsInTenPollsOfOneListRequestEach() throws Exception {
        List<String> written = IntStream.range(0, 95).mapToObj(i -> String.format("k%02d", i)).toList();
        putAll(written);
        PollRecorder polls = new PollRecorder();

        MockEndpoint out = consume("maxMessagesPerPoll=10&includeBody=false", polls);
        await().atMost(WAIT).until(() -> polls.polls() >= 11);

        assertThat(polls.messages.subList(0, 10)).containsExactly(10, 10, 10, 10, 10, 10, 10, 10, 10, 5);
        assertThat(polls.listRequestsSoFar.subList(0, 10)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Set<String> firstTenPolls = new TreeSet<>(keys(out).subList(0, 95));
        assertThat(firstTenPolls).containsExactlyElementsOf(written);
        // the listing resumed where each poll stopped, and started over after the last key
        List<String> markers = new ArrayList<>();
        listRequests().subList(0, 11).forEach(r -> markers.add(r.query().get("marker")));
        assertThat(markers).containsExactly(null, "k09", "k19", "k29", "k39", "k49", "k59", "k69", "k79", "k89", null);
        // a list request asks for no more keys than the poll can take
        assertThat(listRequests().subList(0, 11)).allSatisfy(r -> assertThat(r.query()).containsEntry("max-keys", "10"));
    }

    @Test
    void minAgeHoldsBackObjectsUntilTheyAreOldEnoughOnCosClock() throws Exception {
        put("fresh.txt", "still being written");
        PollRecorder polls = new PollRecorder();
        MockEndpoint out = consume("minAge=10m", polls);
        polls.awaitMorePolls(3);
        assertThat(out.getReceivedCounter()).isZero();
        assertThat(requestsFor("fresh.txt")).extracting(RecordedRequest::method).containsExactly("PUT");

        clock.advance(java.time.Duration.ofMinutes(11));
        awaitReceived(out, 1);
        assertThat(keys(out)).containsExactly("fresh.txt");
        assertThat(out.getReceivedExchanges().get(0).getMessage().getBody(String.class)).isEqualTo("still being written");
    }
}
