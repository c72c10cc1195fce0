package dev.camelcos.springboot.generator;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiles a starter-like class naming a small component JSON (test resources under META-INF/demo), with the generator
 * and Spring Boot's own metadata processor found on the class path as in the starter's build, and reads what came out.
 */
class ComponentConfigurationProcessorTest {

    private static final String AUTO_CONFIGURATION = """
            package org.example.springboot;

            @dev.camelcos.springboot.generator.GenerateComponentConfiguration("%s")
            class DemoAutoConfiguration {
            }
            """;

    @TempDir
    Path dir;

    @Test
    void everyOptionBecomesADescribedPropertyWithTheComponentsDefaultAndValues() throws Exception {
        Compilation compilation = compile("META-INF/demo/demo.json");

        assertThat(compilation.errors()).isEmpty();
        Map<String, JsonObject> properties = compilation.metadata("properties");
        assertThat(properties.keySet()).containsExactlyInAnyOrder("camel.component.demo.enabled",
                "camel.component.demo.customizer.enabled", "camel.component.demo.read-ahead",
                "camel.component.demo.min-age", "camel.component.demo.secret-key", "camel.component.demo.tier",
                "camel.component.demo.clock");
        assertThat(properties.get("camel.component.demo.read-ahead")).containsEntry("type", "java.lang.Integer")
                .containsEntry("description", "How many objects are fetched ahead.")
                .containsEntry("defaultValue", java.math.BigDecimal.valueOf(4));
        assertThat(properties.get("camel.component.demo.min-age")).containsEntry("type", "java.time.Duration")
                .containsEntry("defaultValue", "0")
                .containsEntry("description", "Skip younger objects. A duration such as 30s, 5m or PT1H30M; a plain"
                                              + " number is milliseconds.");
        assertThat(properties.get("camel.component.demo.secret-key").getString("description"))
                .startsWith("The key. Secret:");
        assertThat(properties.get("camel.component.demo.tier")).doesNotContainKey("defaultValue");
        assertThat(properties.get("camel.component.demo.clock").getString("description"))
                .isEqualTo("The clock. Refer to a bean with #bean:name.");
        JsonArray tierValues = compilation.metadata("hints").get("camel.component.demo.tier").getCollection("values");
        assertThat(tierValues.stream().map(value -> ((JsonObject) value).getString("value")))
                .containsExactly("Fast", "Slow");

        assertThat(compilation.generatedClass().getField("BEAN_OPTION_TYPES").get(null))
                .isEqualTo(Set.of(java.time.Clock.class));
    }

    @Test
    void aMissingComponentJsonFailsTheCompilationNamingIt() throws Exception {
        Compilation compilation = compile("META-INF/nowhere/demo.json");

        assertThat(compilation.errors()).singleElement().asString()
                .contains("No class path resource META-INF/nowhere/demo.json");
    }

    @Test
    void aDescriptionThatWouldEndTheJavadocFailsTheCompilationNamingTheOption() throws Exception {
        Compilation compilation = compile("META-INF/demo/javadoc-breaking.json");

        assertThat(compilation.errors()).singleElement().asString().contains("option prefix")
                .contains("cannot stand in a javadoc comment");
    }

    /** Compiles a class asking for the configuration of the component JSON at this test resource. */
    private Compilation compile(String resource) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/org/example/springboot"));
        Path source = Files.writeString(sources.resolve("DemoAutoConfiguration.java"),
                AUTO_CONFIGURATION.formatted(resource));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path generated = Files.createDirectories(dir.resolve("generated"));

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics,
                    List.of("-classpath", System.getProperty("java.class.path"),
                            "-d", classes.toString(), "-s", generated.toString()),
                    null, files.getJavaFileObjects(source));
            task.call();
        }
        List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null)).toList();
        return new Compilation(errors, classes);
    }

    private record Compilation(List<String> errors, Path classes) {

        /** The entries of one section of Spring Boot's metadata, by name. */
        Map<String, JsonObject> metadata(String section) throws IOException {
            JsonObject metadata = (JsonObject) Jsoner.deserialize(
                    Files.readString(classes.resolve("META-INF/spring-configuration-metadata.json")), new JsonObject());
            JsonArray entries = metadata.getCollection(section);
            return entries.stream().map(JsonObject.class::cast)
                    .collect(Collectors.toMap(entry -> entry.getString("name"), entry -> entry));
        }

        Class<?> generatedClass() throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
                    ComponentConfigurationProcessorTest.class.getClassLoader());
            return loader.loadClass("org.example.springboot.DemoComponentConfiguration");
        }
    }
}
