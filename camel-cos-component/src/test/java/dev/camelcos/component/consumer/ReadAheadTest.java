package dev.camelcos.component.consumer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.ObjectMetadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Reading ahead, with downloads that run on the caller's thread or when a test lets them. */
class ReadAheadTest {

    private static final Executor NOW = Runnable::run;

    private final List<Runnable> queued = new ArrayList<>();
    private final Executor later = queued::add;

    @Test
    void atMostSizeDownloadsAreUnreadAtOnceAndReadingOneLetsTheNextStart() throws IOException {
        ReadAhead readAhead = new ReadAhead(2, NOW);
        Download k1 = new Download("k1");
        Download k2 = new Download("k2");
        Download k3 = new Download("k3");

        readAhead.start(k1.content);
        readAhead.start(k2.content);
        readAhead.start(k3.content);
        assertThat(List.of(k1.gets.get(), k2.gets.get(), k3.gets.get())).containsExactly(1, 1, 0);

        assertThat(new String(k1.content.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("k1");
        readAhead.start(k3.content);
        assertThat(k3.gets.get()).isEqualTo(1);
        // a download already under way is not sent again when its body is read
        assertThat(new String(k2.content.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("k2");
        assertThat(k2.gets.get()).isEqualTo(1);
    }

    @Test
    void aContentClosedBeforeItsDownloadAnswersClosesTheAnswerAndFreesItsPlace() {
        ReadAhead readAhead = new ReadAhead(1, later);
        Download k1 = new Download("k1");
        Download k2 = new Download("k2");
        readAhead.start(k1.content);

        k1.content.close();
        queued.forEach(Runnable::run);
        assertThat(k1.answerClosed).isTrue();

        readAhead.start(k2.content);
        assertThat(queued).hasSize(2);
    }

    @Test
    void contentsAlreadyReadOrClosedTakeNoPlaceAndAreNotDownloadedAgain() throws IOException {
        ReadAhead readAhead = new ReadAhead(1, NOW);
        Download read = new Download("read");
        Download closed = new Download("closed");
        Download next = new Download("next");
        read.content.read();
        closed.content.close();

        readAhead.start(read.content);
        readAhead.start(closed.content);
        readAhead.start(next.content);
        assertThat(List.of(read.gets.get(), closed.gets.get(), next.gets.get())).containsExactly(1, 0, 1);
    }

    @Test
    void aFailedDownloadReadAheadSurfacesOnTheFirstReadNamingTheObject() {
        LazyObjectContent content = new LazyObjectContent("bucket-1250000000/missing.txt", () -> {
            throw new CosServiceException(404, "NoSuchKey", "The specified key does not exist.", "req-1", null,
                    "/missing.txt");
        }, metadata -> { });
        new ReadAhead(1, NOW).start(content);

        Throwable failure = catchThrowable(content::read);
        assertThat(failure).isInstanceOf(IOException.class)
                .hasMessageContaining("Could not download bucket-1250000000/missing.txt")
                .hasCauseInstanceOf(CosServiceException.class);
    }

    @Test
    void theHeadersOfTheAnswerAreHandedToTheReaderNotToTheDownloadThread() throws IOException {
        List<String> seenBy = new ArrayList<>();
        LazyObjectContent content = new LazyObjectContent("b/k1", () -> new Download("k1").answer(),
                metadata -> seenBy.add(Thread.currentThread().getName()));
        new ReadAhead(1, task -> new Thread(task, "download").start()).start(content);

        content.read();
        assertThat(seenBy).containsExactly(Thread.currentThread().getName());
    }

    /** One object's download: counts its GETs and records whether its answer was closed. */
    private static final class Download {
        final AtomicInteger gets = new AtomicInteger();
        final AtomicBoolean answerClosed = new AtomicBoolean();
        final String key;
        final LazyObjectContent content;

        Download(String key) {
            this.key = key;
            this.content = new LazyObjectContent("b/" + key, () -> {
                gets.incrementAndGet();
                return answer();
            }, metadata -> { });
        }

        CosObject answer() {
            return new CosObject("b", key, new ObjectMetadata(),
                    new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8)) {
                        @Override
                        public void close() {
                            answerClosed.set(true);
                        }
                    });
        }
    }
}
