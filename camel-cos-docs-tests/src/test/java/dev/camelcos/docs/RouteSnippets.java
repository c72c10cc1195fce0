package dev.camelcos.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the routes of a snippet against the emulator (their endpoints are created, so every cos URI is parsed and
 * validated by the component, and consumers poll the emulator), checks that every route runs, and stops them.
 */
final class RouteSnippets {

    private RouteSnippets() {
    }

    /** Java routes, or YAML routes loaded by camel-yaml-dsl, in a plain context whose component points at the emulator. */
    static void start(DocSnippet snippet, RoutesBuilder routes) throws Exception {
        try (CamelContext context = context(snippet)) {
            context.addRoutes(routes);
            context.start();
            assertAllStarted(snippet, context);
        }
    }

    static void startYaml(DocSnippet snippet) throws Exception {
        try (CamelContext context = context(snippet)) {
            addYaml(context, snippet, SnippetEmulator.localFiles(SnippetEmulator.pointed(snippet.text())));
            context.start();
            assertAllStarted(snippet, context);
        }
    }

    /** Adds the routes of the YAML text (a snippet's, as the test adapted it) to the context. */
    static void addYaml(CamelContext context, DocSnippet snippet, String yaml) throws Exception {
        for (RoutesBuilder builder : PluginHelper.getRoutesLoader(context)
                .findRoutesBuilders(ResourceHelper.fromString("snippet-" + snippet.line() + ".yaml", yaml))) {
            context.addRoutes(builder);
        }
    }

    /**
     * Camel Main with the properties of a properties snippet (the emulator's address for the documented one), and the
     * YAML routes of another snippet if given, as an application would run them.
     */
    static void startMain(DocSnippet properties, DocSnippet yamlRoutes) throws Exception {
        Properties initial = new Properties();
        initial.load(new java.io.StringReader(SnippetEmulator.pointed(properties.text())));
        Main main = new Main();
        main.setInitialProperties(initial);
        if (yamlRoutes != null) {
            Path file = Files.createDirectories(Path.of("target", "doc-snippets", "routes"))
                    .resolve(yamlRoutes.doc().replaceAll("[/.]", "-") + "-" + yamlRoutes.line() + ".yaml").toAbsolutePath();
            Files.writeString(file, SnippetEmulator.localFiles(yamlRoutes.text()), StandardCharsets.UTF_8);
            main.configure().withRoutesIncludePattern("file:" + file);
        }
        main.start();
        try {
            assertThat(main.getCamelContext()).as("Camel Main started with " + properties).isNotNull();
            assertThat(main.getCamelContext().getStatus()).isEqualTo(ServiceStatus.Started);
            if (yamlRoutes != null) {
                assertThat(main.getCamelContext().getRoutes()).as("routes of " + yamlRoutes).isNotEmpty();
                assertAllStarted(yamlRoutes, main.getCamelContext());
            }
        } finally {
            main.stop();
        }
    }

    static void assertAllStarted(DocSnippet snippet, CamelContext context) {
        for (Route route : context.getRoutes()) {
            assertThat(context.getRouteController().getRouteStatus(route.getRouteId()))
                    .as("route %s of %s", route.getRouteId(), snippet).isEqualTo(ServiceStatus.Started);
        }
    }

    static CamelContext context(DocSnippet snippet) throws Exception {
        CamelContext context = SnippetEmulator.pointAt(new DefaultCamelContext());
        if (snippet.has("cluster")) {
            // what consumer.md says a master: endpoint needs: a cluster service, here camel-file's on a local disk
            FileLockClusterService cluster = new FileLockClusterService();
            cluster.setRoot(Files.createDirectories(Path.of("target", "doc-snippets", "cluster")).toString());
            context.addService(cluster);
        }
        return context;
    }
}
