package dev.camelcos.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles every Java snippet, each in a class of its own as the doc around it says it stands (the body of a
 * RouteBuilder's configure, statements, class members, a whole class), with the imports a reader adds, in one javac
 * run against this module's test classpath.
 */
final class JavaSnippets {

    /** What a reader of the docs imports; the cookbook says "import static ...CosConstants.*". */
    private static final String IMPORTS = String.join("\n",
            "import java.io.*;",
            "import java.nio.file.*;",
            "import java.time.*;",
            "import java.util.*;",
            "import org.apache.camel.*;",
            "import org.apache.camel.builder.*;",
            "import org.apache.camel.impl.DefaultCamelContext;",
            "import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;",
            "import org.apache.camel.test.junit5.CamelTestSupport;",
            "import dev.camelcos.component.*;",
            "import dev.camelcos.client.*;",
            "import dev.camelcos.client.auth.*;",
            "import dev.camelcos.client.model.*;",
            "import dev.camelcos.test.*;",
            "import dev.camelcos.emulator.*;",
            "import org.junit.jupiter.api.*;",
            "import org.junit.jupiter.api.extension.RegisterExtension;",
            "import org.testcontainers.junit.jupiter.Container;",
            "import org.testcontainers.junit.jupiter.Testcontainers;",
            "import org.testcontainers.utility.DockerImageName;",
            "import org.springframework.boot.test.context.SpringBootTest;",
            "import org.springframework.test.context.DynamicPropertyRegistry;",
            "import org.springframework.test.context.DynamicPropertySource;",
            "import static org.junit.jupiter.api.Assertions.*;",
            "import static dev.camelcos.component.CosConstants.*;",
            "");

    private static final Pattern CLASS_NAME = Pattern.compile("\\bclass\\s+(\\w+)");

    private final Map<DocSnippet, String> classNames = new LinkedHashMap<>();
    private final Map<DocSnippet, String> errors = new LinkedHashMap<>();
    private ClassLoader loader;

    static JavaSnippets compile(List<DocSnippet> snippets) {
        JavaSnippets compiled = new JavaSnippets();
        compiled.run(snippets);
        return compiled;
    }

    private void run(List<DocSnippet> snippets) {
        try {
            // a directory per compilation: the classes of one never replace those another has loaded
            Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "doc-snippets")), "javac");
            Path sources = Files.createDirectories(work.resolve("java"));
            Path classes = Files.createDirectories(work.resolve("classes"));
            Map<Path, DocSnippet> files = new LinkedHashMap<>();
            int n = 0;
            for (DocSnippet snippet : snippets) {
                String pkg = "snippets.s" + ++n;
                String source = source(snippet, pkg);
                String simpleName = simpleName(snippet, source);
                classNames.put(snippet, pkg + "." + simpleName);
                Path file = Files.createDirectories(sources.resolve(pkg.replace('.', '/'))).resolve(simpleName + ".java");
                Files.writeString(file, source, StandardCharsets.UTF_8);
                files.put(file.toAbsolutePath(), snippet);
            }
            // javac writes no class when any file fails: the snippets that compile are compiled again on their own
            Map<Path, DocSnippet> compiling = new LinkedHashMap<>(files);
            while (!compiling.isEmpty() && !javac(compiling, classes)) {
                compiling.values().removeIf(errors::containsKey);
            }
            loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavaSnippets.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles the files; records the errors of each snippet and answers whether there was none. */
    private boolean javac(Map<Path, DocSnippet> files, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", classpath(), "-d", classes.toString(), "-proc:none",
                    "-parameters", "--release", "17");
            compiled = javac.getTask(null, manager, diagnostics, options, null,
                    manager.getJavaFileObjectsFromPaths(files.keySet())).call();
        }
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null) {
                DocSnippet snippet = files.get(Path.of(d.getSource().toUri()).toAbsolutePath());
                errors.merge(snippet, "line " + d.getLineNumber() + ": " + d.getMessage(null), (a, b) -> a + "\n" + b);
            }
        }
        if (!compiled && files.values().stream().noneMatch(errors::containsKey)) {
            throw new IllegalStateException("javac failed without naming a snippet: " + diagnostics.getDiagnostics());
        }
        return compiled;
    }

    /** The compiler's errors for the snippet (line numbers of the generated source under target/doc-snippets/java). */
    String errors(DocSnippet snippet) {
        return errors.get(snippet);
    }

    Class<?> load(DocSnippet snippet) throws ClassNotFoundException {
        return loader.loadClass(classNames.get(snippet));
    }

    private static String source(DocSnippet snippet, String pkg) {
        String text = SnippetEmulator.localFiles(SnippetEmulator.pointed(snippet.text()));
        String head = "package " + pkg + ";\n" + IMPORTS;
        return switch (snippet.mode()) {
            case "java-routes" -> head + "public class Routes extends RouteBuilder {\n"
                    + "    @Override\n    public void configure() throws Exception {\n"
                    + "        CamelContext context = getContext();\n"
                    + (snippet.has("jdbc")
                            ? "        javax.sql.DataSource dataSource = dev.camelcos.docs.SnippetDatabase.dataSource();\n"
                            : "")
                    + text + "    }\n}\n";
            case "java-context" -> head + "public class Statements implements java.util.concurrent.Callable<CamelContext> {\n"
                    + "    @Override\n    public CamelContext call() throws Exception {\n" + text
                    + "        return camel;\n    }\n}\n";
            case "java-statements" -> head + "public class Statements {\n    public static void run("
                    + parameters(snippet) + ") throws Exception {\n" + text + "    }\n}\n";
            case "java-members" -> head + "public class Members {\n" + text + "}\n";
            case "java-class" -> head + text;
            default -> throw new IllegalArgumentException("not a Java snippet mode: " + snippet.mode());
        };
    }

    /** {@code given=Type:name,...}: the variables the statements take from the text around them. */
    private static String parameters(DocSnippet snippet) {
        String given = snippet.attribute("given");
        if (given == null) {
            return "";
        }
        List<String> parameters = new ArrayList<>();
        for (String variable : given.split(",")) {
            parameters.add(variable.replace(':', ' '));
        }
        return String.join(", ", parameters);
    }

    private static String simpleName(DocSnippet snippet, String source) {
        if (!snippet.mode().equals("java-class")) {
            return switch (snippet.mode()) {
                case "java-routes" -> "Routes";
                case "java-context", "java-statements" -> "Statements";
                default -> "Members";
            };
        }
        Matcher m = CLASS_NAME.matcher(snippet.text());
        if (!m.find()) {
            throw new IllegalArgumentException(snippet + " is marked java-class but declares no class");
        }
        return m.group(1);
    }

    /** The classpath surefire runs these tests with (what the snippets may use). */
    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
