package dev.camelcos.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelcos.client.transfer.FileUploadResult;
import dev.camelcos.emulator.CosEmulator;
import dev.camelcos.emulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The snippets a new user tries first, run with data: a file dropped into the inbox of the README's and the user
 * guide's first routes becomes an object that the consumer route then reads and deletes; the batch upload snippets
 * upload a folder their body names as text. What reaches COS is read from the emulator's request log.
 */
class DocSnippetRunsTest {

    private static final Path INBOX = Path.of("target", "doc-snippets", "files", "inbox");

    private static List<DocSnippet> snippets;
    private static JavaSnippets java;
    private static CosEmulator emulator;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileTheSnippetsRunHere() {
        snippets = DocSnippets.all().stream().filter(s -> s.has("id")).toList();
        java = JavaSnippets.compile(snippets.stream().filter(s -> s.mode().startsWith("java-")).toList());
        emulator = SnippetEmulator.get();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        emulator.clearRequests();
    }

    @Test
    void theReadmeJavaRoutesStoreEachFileAndConsumeEachObject() throws Exception {
        DocSnippet snippet = snippet("readme-java");
        try (CamelContext context = RouteSnippets.context(snippet)) {
            context.addRoutes((RoutesBuilder) newInstance(snippet));
            context.start();
            storedAndConsumed("readme-java.txt", "readme-java.txt");
        }
    }

    @Test
    void theReadmeYamlRoutesStoreEachFileAndConsumeEachObject() throws Exception {
        DocSnippet snippet = snippet("readme-yaml");
        try (CamelContext context = RouteSnippets.context(snippet)) {
            RouteSnippets.addYaml(context, snippet, SnippetEmulator.localFiles(snippet.text()));
            context.start();
            storedAndConsumed("readme-yaml.txt", "readme-yaml.txt");
        }
    }

    @Test
    void theFirstRouteOfTheUserGuideStoresUnderIncomingAndConsumesFromThere() throws Exception {
        DocSnippet snippet = snippet("getting-started-java");
        @SuppressWarnings("unchecked")
        Callable<CamelContext> statements = (Callable<CamelContext>) newInstance(snippet);
        try (CamelContext camel = statements.call()) {
            storedAndConsumed("getting-started.txt", "incoming/getting-started.txt");
        }
    }

    /** A file dropped into the inbox is stored once under the key, and the consumer route deletes it once done. */
    private static void storedAndConsumed(String file, String key) throws Exception {
        dropIntoTheInbox(file);

        awaitDeleted(key);
        assertThat(requests("PUT", key)).as("the file stored").hasSize(1);
    }

    @Test
    void theBatchUploadInYamlUploadsTheFolderItsBodyNames() throws Exception {
        DocSnippet snippet = snippet("batch-yaml");
        uploadsTheFolder(snippet, context -> RouteSnippets.addYaml(context, snippet, withTheFolder(snippet)));
    }

    @Test
    void theBatchUploadInJavaUploadsTheFolderItsBodyNames() throws Exception {
        DocSnippet snippet = snippet("batch-java");
        // the Java snippet is compiled again with the test's folder for the documented one
        DocSnippet here = new DocSnippet(snippet.doc(), snippet.line(), snippet.language(), snippet.mode(),
                snippet.attributes(), withTheFolder(snippet));
        JavaSnippets compiled = JavaSnippets.compile(List.of(here));
        assertThat(compiled.errors(here)).isNull();
        uploadsTheFolder(snippet, context -> context.addRoutes((RoutesBuilder) instantiate(compiled.load(here))));
    }

    private interface Routes {
        void addTo(CamelContext context) throws Exception;
    }

    private void uploadsTheFolder(DocSnippet snippet, Routes routes) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("sales.csv"), "q1,100\n");
        Files.writeString(Files.createDirectories(reports.resolve("june")).resolve("costs.csv"), "q2,50\n");
        try (CamelContext context = RouteSnippets.context(snippet)) {
            routes.addTo(context);
            context.start();

            Exchange result = context.createProducerTemplate().request("direct:backup", e -> { });

            assertThat(result.getException()).as("the exchange of " + snippet).isNull();
            List<?> results = result.getMessage().getBody(List.class);
            assertThat(results).hasSize(2)
                    .allSatisfy(r -> assertThat(((FileUploadResult) r).isSuccess()).isTrue());
            assertThat(requests("PUT", "reports/2024-06-01/sales.csv")).hasSize(1);
            assertThat(requests("PUT", "reports/2024-06-01/june/costs.csv")).hasSize(1);
        }
    }

    /** The snippet's text with this test's folder for the documented /var/reports. */
    private String withTheFolder(DocSnippet snippet) {
        assertThat(snippet.text()).contains("/var/reports");
        return snippet.text().replace("/var/reports", dir.resolve("reports").toAbsolutePath().toString());
    }

    private static void dropIntoTheInbox(String name) throws Exception {
        Path inbox = Files.createDirectories(INBOX);
        Path temp = Files.writeString(inbox.resolveSibling(name + ".tmp"), "hello from " + name);
        Files.move(temp, inbox.resolve(name));
    }

    private static void awaitDeleted(String key) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(requests("DELETE", key))
                .as("the consumer deleted %s once its exchange completed", key).isNotEmpty());
    }

    private static List<RecordedRequest> requests(String method, String key) {
        return emulator.requests().stream()
                .filter(r -> r.method().equals(method) && key.equals(r.key()) && r.query().isEmpty()).toList();
    }

    private static DocSnippet snippet(String id) {
        return snippets.stream().filter(s -> id.equals(s.attribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no snippet with id " + id));
    }

    private static Object newInstance(DocSnippet snippet) throws Exception {
        assertThat(java.errors(snippet)).as("compiling " + snippet).isNull();
        return instantiate(java.load(snippet));
    }

    private static Object instantiate(Class<?> type) throws Exception {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}
