package dev.camelcos.docs;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import dev.camelcos.component.CosComponent;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosEndpoint;
import dev.camelcos.component.CosOperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * Every fenced block of README.md, docs/*.md and docs/cos-component.adoc is checked as its marker says, against the
 * text of the docs as it is: Java compiled and its routes started on the emulator, YAML routes loaded by
 * camel-yaml-dsl and started, properties bound by Camel Main and by Spring Boot, Maven coordinates compared with the
 * build, commands run as far as they can be without Docker. A block with no marker fails, and so does a marker this
 * test does not know; a block that cannot stand alone says why with {@code partial: reason}.
 */
class DocSnippetsTest {

    private static List<DocSnippet> snippets;
    private static JavaSnippets compiledJava;

    @BeforeAll
    static void compileTheJavaSnippets() {
        snippets = DocSnippets.all();
        compiledJava = JavaSnippets.compile(snippets.stream().filter(s -> s.mode() != null && s.mode().startsWith("java-"))
                .toList());
    }

    @TestFactory
    Stream<DynamicTest> everySnippet() {
        return snippets.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> check(s)));
    }

    @Test
    void everyPageHasSnippetsAndTheMarkersAreRead() {
        for (String page : DocSnippets.pages()) {
            assertThat(snippets).as("snippets of " + page).anyMatch(s -> s.doc().equals(page));
        }
        assertThat(snippets).as("the modes in use").extracting(DocSnippet::mode)
                .contains("java-routes", "java-class", "java-context", "yaml-routes", "properties-main", "maven",
                        "commands", "partial");
    }

    @Test
    void aBlockWithoutAMarkerIsFoundAndReported() {
        List<DocSnippet> found = DocSnippets.markdown("x.md", List.of("text", "```java", "from(\"a\");", "```",
                "<!-- snippet: partial: a fragment -->", "```yaml", "a: b", "```"));
        assertThat(found).hasSize(2);
        assertThat(found.get(0).mode()).isNull();
        assertThatThrownBy(() -> check(found.get(0))).hasMessageContaining("x.md:2").hasMessageContaining("no marker");
        assertThat(found.get(1).mode()).isEqualTo("partial");
        assertThat(found.get(1).attribute("reason")).isEqualTo("a fragment");
    }

    @Test
    void aMisspelledPropertyFailsTheBindings() {
        DocSnippet misspelled = new DocSnippet("x.md", 1, "properties", "properties-main", Map.of(),
                "camel.component.cos.regoin = ap-guangzhou\n");
        assertThatThrownBy(() -> SpringProperties.bindProperties(misspelled)).hasStackTraceContaining("regoin");
        assertThatThrownBy(() -> RouteSnippets.startMain(misspelled, null)).hasStackTraceContaining("regoin");
    }

    private static void check(DocSnippet snippet) throws Exception {
        if (snippet.mode() == null) {
            throw new AssertionError(snippet.doc() + ":" + snippet.line() + ": a ```" + snippet.language()
                    + " block with no marker; say how it is tested (<!-- snippet: MODE -->), or why it cannot be"
                    + " (<!-- snippet: partial: why -->)");
        }
        switch (snippet.mode()) {
            case "partial" -> assertThat(snippet.attribute("reason")).as("why " + snippet + " is partial").isNotBlank();
            case "java-routes" -> RouteSnippets.start(snippet, (RoutesBuilder) newInstance(snippet));
            case "java-class" -> javaClass(snippet);
            case "java-context" -> javaContext(snippet);
            case "java-statements" -> javaStatements(snippet);
            case "java-members" -> compiled(snippet);
            case "yaml-routes" -> yamlRoutes(snippet);
            case "yaml-spring" -> SpringProperties.bindYaml(snippet);
            case "properties-main" -> {
                assertThat(snippet.language()).isEqualTo("properties");
                SpringProperties.bindProperties(snippet);
                RouteSnippets.startMain(snippet, null);
            }
            case "properties-in-file" -> propertiesInFile(snippet);
            case "maven" -> MavenSnippets.check(snippet);
            case "commands" -> CommandSnippets.check(snippet);
            case "sql-table" -> sqlTable(snippet);
            case "ini-credentials" -> credentialsFile(snippet);
            case "uri" -> uri(snippet);
            default -> throw new AssertionError(snippet + ": unknown snippet mode " + snippet.mode());
        }
    }

    private static Class<?> compiled(DocSnippet snippet) throws ClassNotFoundException {
        assertThat(snippet.language()).isEqualTo("java");
        assertThat(compiledJava.errors(snippet)).as("compiling " + snippet).isNull();
        return compiledJava.load(snippet);
    }

    private static Object newInstance(DocSnippet snippet) throws Exception {
        Class<?> type = compiled(snippet);
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    /**
     * A whole class: a RouteBuilder is started, a test class is run by the JUnit platform and must pass; with
     * {@code copy=<file>}, the doc says that file of the repository holds the class as written.
     */
    private static void javaClass(DocSnippet snippet) throws Exception {
        Class<?> type = compiled(snippet);
        if (snippet.has("copy")) {
            assertThat(DocSnippets.read(snippet.attribute("copy"))).as("%s holds %s", snippet.attribute("copy"), snippet)
                    .contains(snippet.text());
        }
        if (RouteBuilder.class.isAssignableFrom(type)) {
            RouteSnippets.start(snippet, (RoutesBuilder) newInstance(snippet));
        } else if (hasTests(type)) {
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherFactory.create().execute(request().selectors(selectClass(type)).build(), listener);
            TestExecutionSummary summary = listener.getSummary();
            assertThat(summary.getFailures()).as("failures of the test class of " + snippet).isEmpty();
            assertThat(summary.getTestsSucceededCount()).as("tests of " + snippet + " that passed").isPositive();
        }
    }

    private static boolean hasTests(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Test.class)) {
                return true;
            }
        }
        return false;
    }

    /** Statements that make and start a CamelContext called {@code camel}. */
    @SuppressWarnings("unchecked")
    private static void javaContext(DocSnippet snippet) throws Exception {
        try (CamelContext camel = ((Callable<CamelContext>) newInstance(snippet)).call()) {
            assertThat(camel.isStarted()).as("the context of " + snippet + " is started").isTrue();
            assertThat(camel.getRoutes()).as("routes of " + snippet).isNotEmpty();
            RouteSnippets.assertAllStarted(snippet, camel);
        }
    }

    /** Statements run with a value for each variable they take (a temporary directory, the UTC clock, in an hour). */
    private static void javaStatements(DocSnippet snippet) throws Exception {
        Method run = Stream.of(compiled(snippet).getMethods()).filter(m -> m.getName().equals("run")).findFirst()
                .orElseThrow();
        List<Object> values = new ArrayList<>();
        for (Class<?> type : run.getParameterTypes()) {
            if (type == Path.class) {
                values.add(Files.createTempDirectory(Path.of("target"), "doc-snippet"));
            } else if (type == java.time.Clock.class) {
                values.add(java.time.Clock.systemUTC());
            } else if (type == java.time.Instant.class) {
                values.add(java.time.Instant.now().plus(java.time.Duration.ofHours(1)));
            } else {
                throw new AssertionError(snippet + ": no value for a variable of type " + type.getName());
            }
        }
        run.invoke(null, values.toArray());
    }

    /** YAML routes, with {@code properties=<id>}: run by Camel Main with the properties snippet of that id. */
    private static void yamlRoutes(DocSnippet snippet) throws Exception {
        assertThat(snippet.language()).isEqualTo("yaml");
        String propertiesId = snippet.attribute("properties");
        if (propertiesId == null) {
            RouteSnippets.startYaml(snippet);
            return;
        }
        DocSnippet properties = snippets.stream().filter(s -> propertiesId.equals(s.attribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(snippet + " names the properties snippet " + propertiesId
                                                      + ", which no marker has as id"));
        RouteSnippets.startMain(properties, snippet);
    }

    /** Properties that a file of the repository holds as they are written (the doc says the file uses them). */
    private static void propertiesInFile(DocSnippet snippet) throws Exception {
        Properties documented = new Properties();
        documented.load(new StringReader(snippet.text()));
        Properties file = new Properties();
        file.load(new StringReader(DocSnippets.read(snippet.attribute("file"))));
        assertThat(documented).as(snippet.toString()).isNotEmpty();
        for (String name : documented.stringPropertyNames()) {
            assertThat(file.getProperty(name)).as("%s in %s", name, snippet.attribute("file"))
                    .isEqualTo(documented.getProperty(name));
        }
    }

    /**
     * The idempotent repository table: it is created as written, camel-sql's repository works on it, and its key
     * refuses a second entry of an id (what makes a claim atomic) while taking the longest id the consumer makes.
     */
    private static void sqlTable(DocSnippet snippet) throws Exception {
        DataSource dataSource = SnippetDatabase.dataSource();
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, "doc-snippets");
        repository.start();
        String longestId = "a".repeat(64) + "@" + Long.MAX_VALUE;
        assertThat(longestId.length()).isLessThanOrEqualTo(100);
        assertThat(repository.add(longestId)).isTrue();
        assertThat(repository.contains(longestId)).isTrue();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO CAMEL_MESSAGEPROCESSED VALUES"
                    + " ('doc-snippets', '" + longestId + "', CURRENT_TIMESTAMP)")).isInstanceOf(SQLException.class);
        } finally {
            repository.stop();
        }
    }

    /** A credentials file as written signs requests: the emulator accepts only the key pair of the file. */
    private static void credentialsFile(DocSnippet snippet) throws Exception {
        assumeTrue(System.getenv("TENCENTCLOUD_SECRET_ID") == null, "the environment's credentials come first");
        Path file = Files.createDirectories(Path.of("target", "doc-snippets")).resolve("credentials");
        Files.writeString(file, snippet.text());
        try (CamelContext context = new DefaultCamelContext()) {
            CosComponent cos = context.getComponent("cos", CosComponent.class);
            cos.getConfiguration().setRegion(SnippetEmulator.get().region());
            cos.getConfiguration().setEndpoint(SnippetEmulator.get().endpoint());
            cos.getConfiguration().setCredentialsFile(file.toAbsolutePath().toString());
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            Exchange put = template.send("cos:" + SnippetEmulator.BUCKET, e -> {
                e.getMessage().setHeader(CosConstants.OPERATION, CosOperation.putObject);
                e.getMessage().setHeader(CosConstants.KEY, "doc-snippets/credentials-file.txt");
                e.getMessage().setBody("signed with the keys of the file");
            });
            assertThat(put.getException()).as("a PUT signed with " + snippet).isNull();
        }
    }

    private static void uri(DocSnippet snippet) throws Exception {
        try (CamelContext context = SnippetEmulator.pointAt(new DefaultCamelContext())) {
            context.start();
            List<String> uris = new ArrayList<>(snippet.text().lines().filter(l -> !l.isBlank()).toList());
            assertThat(uris).as(snippet.toString()).hasSize(1);
            assertThat(context.getEndpoint(uris.get(0))).as(uris.get(0)).isInstanceOf(CosEndpoint.class);
        }
    }
}
