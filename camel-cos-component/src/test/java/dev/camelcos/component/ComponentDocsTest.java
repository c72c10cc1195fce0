package dev.camelcos.component;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference page docs/cos-component.adoc cannot drift from the component: every option and header of the JSON
 * generated from the code at build time has a row in the page's table for it.
 */
class ComponentDocsTest {

    /** Surefire runs in the module's directory; the docs are at the repository root. */
    static final Path PAGE = Path.of("..", "docs", "cos-component.adoc");

    /** A table row's first cell, as in Camel's component pages: {@code | *name* (group)}. */
    static final Pattern ROW_NAME = Pattern.compile("^\\| \\*([^*]+)\\* \\(", Pattern.MULTILINE);

    static JsonObject json;
    static String page;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ComponentDocsTest.class.getClassLoader().getResourceAsStream(CosComponentJsonTest.JSON_PATH)) {
            assertThat(in).as("generated " + CosComponentJsonTest.JSON_PATH + " on the classpath").isNotNull();
            json = (JsonObject) Jsoner.deserialize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(PAGE).as("the component reference page").isRegularFile();
        page = Files.readString(PAGE);
    }

    @Test
    void everyComponentOptionIsDocumented() {
        assertDocumented("component options", json.getMap("componentProperties").keySet(), "== Component Options");
    }

    @Test
    void everyEndpointOptionIsDocumented() {
        assertDocumented("endpoint options", json.getMap("properties").keySet(), "== Endpoint Options");
    }

    @Test
    void everyHeaderIsDocumented() {
        assertDocumented("headers", json.getMap("headers").keySet(), "== Message Headers");
    }

    @Test
    void everyHeaderHasADirectionAndTheOperationsThatReadAndSetIt() {
        assertDocumented("headers", json.getMap("headers").keySet(), "== Header contract");
    }

    @Test
    void theCountsThePageStatesAreTheGeneratedOnes() {
        Map<String, Object> properties = json.getMap("properties");
        assertThat(statedCount("The cos component supports (\\d+) options"))
                .isEqualTo(json.getMap("componentProperties").size());
        assertThat(statedCount("=== Path Parameters \\((\\d+) parameters\\)")).isEqualTo(kindCount(properties, "path"));
        assertThat(statedCount("=== Query Parameters \\((\\d+) parameters\\)"))
                .isEqualTo(kindCount(properties, "parameter"));
        assertThat(statedCount("The cos component supports (\\d+) message headers"))
                .isEqualTo(json.getMap("headers").size());
    }

    @Test
    void descriptionsKeepTheirPlaceholders() {
        // the catalog generator drops anything written like an HTML tag, e.g. <bucket>
        String endpoint = ((JsonObject) json.getMap("properties").get("endpoint")).getString("description");
        assertThat(endpoint).contains("BucketName-APPID.cos.REGION.myqcloud.com");
        assertThat(page).doesNotContain(" .cos..myqcloud.com");
    }

    private static int statedCount(String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertThat(m.find()).as("'%s' in %s", regex, PAGE).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static long kindCount(Map<String, Object> properties, String kind) {
        return properties.values().stream().filter(p -> kind.equals(((JsonObject) p).getString("kind"))).count();
    }

    private static void assertDocumented(String what, Set<?> generated, String sectionTitle) {
        Set<Object> missing = new TreeSet<>(generated);
        missing.removeAll(rowNames(section(sectionTitle)));
        assertThat(missing)
                .as("%s of the generated component JSON without a row under '%s' in %s", what, sectionTitle, PAGE)
                .isEmpty();
    }

    /** The text from the level-2 title to the next level-2 title, so that each table is checked on its own. */
    private static String section(String title) {
        int start = page.indexOf("\n" + title + "\n");
        assertThat(start).as("section '%s' in %s", title, PAGE).isNotNegative();
        int end = page.indexOf("\n== ", start + title.length() + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static Set<String> rowNames(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = ROW_NAME.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
