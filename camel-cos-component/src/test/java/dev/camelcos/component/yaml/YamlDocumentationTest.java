package dev.camelcos.component.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.EndpointRequiredDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.camelcos.component.CosEndpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every YAML route of the docs parses with camel-yaml-dsl, and every cos endpoint in it accepts its options (an
 * unknown option or operation fails endpoint creation), so the snippets cannot drift from the component.
 */
class YamlDocumentationTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(- route:.*?)```", Pattern.DOTALL);

    static Stream<Arguments> routeSnippets() throws IOException {
        List<Arguments> snippets = new ArrayList<>();
        for (String doc : List.of("yaml.md", "kamelets.md")) {
            Matcher m = YAML_BLOCK.matcher(Files.readString(DOCS.resolve(doc), StandardCharsets.UTF_8));
            int found = 0;
            while (m.find()) {
                snippets.add(Arguments.of(doc + " route snippet " + ++found, m.group(1)));
            }
            assertThat(found).as("YAML routes in " + doc).isPositive();
        }
        return snippets.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routeSnippets")
    void parsesAndItsCosEndpointsAcceptTheirOptions(String name, String yaml) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.getPropertiesComponent().addInitialProperty("cos.bucket", "examplebucket-1250000000");
            context.getPropertiesComponent().addInitialProperty("cos.otherBucket", "otherbucket-1250000000");

            List<RouteDefinition> routes = new ArrayList<>();
            for (RoutesBuilder builder : PluginHelper.getRoutesLoader(context)
                    .findRoutesBuilders(ResourceHelper.fromString("snippet.yaml", yaml))) {
                routes.addAll(((RouteBuilder) builder).configureRoutes(context).getRoutes());
            }

            assertThat(routes).as(name).isNotEmpty();
            for (String uri : endpointUris(routes)) {
                if (uri.startsWith("cos:")) {
                    assertThat(context.getEndpoint(context.resolvePropertyPlaceholders(uri))).as(uri)
                            .isInstanceOf(CosEndpoint.class);
                }
            }
        }
    }

    private static List<String> endpointUris(List<RouteDefinition> routes) {
        List<String> uris = new ArrayList<>();
        for (RouteDefinition route : routes) {
            uris.add(route.getInput().getEndpointUri());
            collect(route.getOutputs(), uris);
        }
        return uris;
    }

    private static void collect(List<ProcessorDefinition<?>> outputs, List<String> uris) {
        for (ProcessorDefinition<?> output : outputs) {
            if (output instanceof EndpointRequiredDefinition endpoint) {
                uris.add(endpoint.getEndpointUri());
            }
            collect(output.getOutputs(), uris);
        }
    }
}
