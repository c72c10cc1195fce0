package dev.camelcos.docs;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maven snippets: each dependency names an artifact of this build at its version, or a Camel or Testcontainers
 * artifact at the version the build uses (or none, for a BOM to give); a surefire argLine opens a package that
 * exists.
 */
final class MavenSnippets {

    private MavenSnippets() {
    }

    static void check(DocSnippet snippet) throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<snippet>" + snippet.text() + "</snippet>")))
                .getDocumentElement();
        NodeList dependencies = root.getElementsByTagName("dependency");
        NodeList plugins = root.getElementsByTagName("plugin");
        assertThat(dependencies.getLength() + plugins.getLength()).as("dependencies or plugins in " + snippet)
                .isPositive();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String groupId = text(dependency, "groupId").orElseThrow();
            String artifactId = text(dependency, "artifactId").orElseThrow();
            Optional<String> version = text(dependency, "version");
            switch (groupId) {
                case "dev.camelcos" -> assertBuildArtifact(groupId, artifactId, version.orElse(null), snippet);
                case "org.apache.camel" -> {
                    version.ifPresent(v -> assertThat(v).as(artifactId + " in " + snippet)
                            .isEqualTo(System.getProperty("build.camel.version")));
                    assertOnTheClasspath(artifactId, snippet);
                }
                case "org.testcontainers" -> {
                    assertThat(version).as(artifactId + " in " + snippet)
                            .contains(System.getProperty("build.testcontainers.version"));
                    assertOnTheClasspath(artifactId, snippet);
                }
                default -> throw new AssertionError(snippet + ": no check for the group " + groupId);
            }
            text(dependency, "scope").ifPresent(scope -> assertThat(scope).isIn("test", "compile", "runtime"));
        }
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            assertThat(text(plugin, "artifactId")).contains("maven-surefire-plugin");
            opensAnExistingPackage(text(plugin, "argLine").orElseThrow(), snippet);
        }
    }

    /** A dev.camelcos artifact is a module of this build, at the build's version. */
    static void assertBuildArtifact(String groupId, String artifactId, String version, DocSnippet snippet) {
        assertThat(groupId).isEqualTo("dev.camelcos");
        assertThat(buildArtifacts()).as("the artifacts this build makes (%s)", snippet).contains(artifactId);
        assertThat(version).as("version of %s in %s", artifactId, snippet).isEqualTo(System.getProperty("build.version"));
    }

    /** The artifactIds of the modules of the build, read from their poms. */
    static List<String> buildArtifacts() {
        List<String> artifacts = new ArrayList<>();
        for (String pom : List.of("cos-emulator", "camel-cos-component", "camel-cos-test", "camel-cos-starter")) {
            String xml = DocSnippets.read(pom + "/pom.xml");
            int parentEnd = xml.indexOf("</parent>");
            int start = xml.indexOf("<artifactId>", parentEnd) + "<artifactId>".length();
            artifacts.add(xml.substring(start, xml.indexOf("</artifactId>", start)));
        }
        return artifacts;
    }

    /** The artifact resolves: this module, which declares it, has it on its test classpath. */
    private static void assertOnTheClasspath(String artifactId, DocSnippet snippet) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        assertThat(classpath).as("%s of %s resolved on this module's classpath", artifactId, snippet)
                .containsPattern("[/\\\\]" + artifactId + "-[^/\\\\]+\\.jar");
    }

    private static void opensAnExistingPackage(String argLine, DocSnippet snippet) {
        String[] words = argLine.strip().split("\\s+");
        assertThat(words).as("argLine of " + snippet).hasSize(2);
        assertThat(words[0]).isEqualTo("--add-opens");
        String module = words[1].substring(0, words[1].indexOf('/'));
        String pkg = words[1].substring(module.length() + 1, words[1].indexOf('='));
        assertThat(ModuleLayer.boot().findModule(module)).as("module %s of %s", module, snippet).isPresent();
        assertThat(ModuleLayer.boot().findModule(module).orElseThrow().getPackages()).contains(pkg);
        assertThat(words[1]).endsWith("=ALL-UNNAMED");
    }

    private static Optional<String> text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? Optional.empty() : Optional.of(nodes.item(0).getTextContent().strip());
    }
}
