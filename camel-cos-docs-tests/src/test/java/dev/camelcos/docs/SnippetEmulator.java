package dev.camelcos.docs;

import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;

import org.apache.camel.CamelContext;

import dev.camelcos.component.CosComponent;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.emulator.CosEmulator;

/**
 * The emulator the snippets run against: it has every bucket and accepts every credential the docs name, so a
 * snippet runs as written once the one thing that cannot be written in a doc, the emulator's port, is put in for
 * the documented {@code http://127.0.0.1:9000}.
 */
final class SnippetEmulator {

    static final String DOCUMENTED_ENDPOINT = "http://127.0.0.1:9000";
    static final String BUCKET = "examplebucket-1250000000";
    static final String SECRET_ID = "ID";
    static final String SECRET_KEY = "KEY";

    private static CosEmulator emulator;

    private SnippetEmulator() {
    }

    static synchronized CosEmulator get() {
        if (emulator == null) {
            CosEmulator.Builder builder = CosEmulator.builder()
                    .credentials(SECRET_ID, SECRET_KEY)                              // README, user guide
                    .credentials("AKIDemulator", "emulator-secret-key")              // kamelets.md, testing.md
                    .credentials("AKIDxxxxxxxx", "xxxxxxxx");                        // the credentials file
            for (String bucket : List.of(BUCKET, "archive-1250000000", "incoming-1250000000")) {
                builder.bucket(bucket);
            }
            emulator = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        }
        return emulator;
    }

    /** The snippet's text with the emulator's address for the documented one. */
    static String pointed(String text) {
        return text.replace(DOCUMENTED_ENDPOINT, get().endpoint());
    }

    /** The properties the Java and YAML route snippets take for granted ({@code cos.bucket}, ...). */
    static Properties routeProperties() {
        Properties properties = new Properties();
        properties.setProperty("cos.bucket", BUCKET);
        properties.setProperty("cos.otherBucket", "archive-1250000000");
        properties.setProperty("cos.region", get().region());
        properties.setProperty("cos.secretId", SECRET_ID);
        properties.setProperty("cos.secretKey", SECRET_KEY);
        properties.setProperty("cos.sessionToken", "a-session-token");
        return properties;
    }

    /** Points the context's cos component at the emulator, as {@code camel.component.cos.*} properties would. */
    static CamelContext pointAt(CamelContext context) {
        CosConfiguration defaults = context.getComponent("cos", CosComponent.class).getConfiguration();
        defaults.setRegion(get().region());
        defaults.setEndpoint(get().endpoint());
        defaults.setSecretId(SECRET_ID);
        defaults.setSecretKey(SECRET_KEY);
        context.getPropertiesComponent().setInitialProperties(routeProperties());
        return context;
    }

    /** Local paths of file: endpoints moved under target/, so that starting a snippet's route writes nothing else. */
    static String localFiles(String text) {
        // an endpoint's "file:" follows a quote or a space; ${file:name} of the simple language follows a brace
        return text.replaceAll("(?<=[\"\\s])file:/?(?=[\\w.-])", Matcher.quoteReplacement("file:target/doc-snippets/files/"));
    }
}
