package dev.camelcos.component.routes;

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosComponent;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.emulator.CosEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Secrets with the characters URIs treat specially (+ & % =) work in the forms the docs show, and a mistake in a URI
 * never prints a secret or a piece of one.
 */
class SecretsInUrisTest {

    private static final String BUCKET = "examplebucket-1250000000";
    private static final String SECRET_ID = "AKIDsecretsInUris";
    private static final String SECRET_KEY = "a+b&c%d=e/f";

    private static CosEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = CosEmulator.builder().credentials(SECRET_ID, SECRET_KEY).bucket(BUCKET).start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static String connection() {
        return "region=" + emulator.region() + "&endpoint=" + emulator.endpoint() + "&secretId=" + SECRET_ID;
    }

    @Test
    void aRawPlaceholderKeepsTheSecretAsItIs() throws Exception {
        assertPutWorks("cos:" + BUCKET + "?" + connection() + "&secretKey=RAW({{cos.secretKey}})");
    }

    @Test
    void aRawLiteralKeepsTheSecretAsItIs() throws Exception {
        assertPutWorks("cos:" + BUCKET + "?" + connection() + "&secretKey=RAW(" + SECRET_KEY + ")");
    }

    @Test
    void aComponentOptionNeedsNoEscaping() throws Exception {
        try (CamelContext context = context()) {
            context.getComponent("cos", CosComponent.class).getConfiguration().setSecretKey(SECRET_KEY);
            assertPutWorks(context, "cos:" + BUCKET + "?" + connection());
        }
    }

    @Test
    void aBarePlaceholderWithAPlusFailsAtStartSayingWhatToDoAndShowsNoneOfTheSecret() throws Exception {
        try (CamelContext context = context("key+with+plus")) {
            Throwable failure = catchThrowable(() -> startRoute(context,
                    "cos:" + BUCKET + "?" + connection() + "&secretKey={{cos.secretKey}}"));

            assertThat(failure).hasStackTraceContaining("secretKey").hasStackTraceContaining("RAW(");
            assertThat(stackTrace(failure)).doesNotContain("key with plus").doesNotContain("key+with+plus");
        }
    }

    @Test
    void aBarePlaceholderWithAnAmpersandIsCutAndTheComponentsMessageShowsNoneOfIt() throws Exception {
        try (CamelContext context = context("front&tailOfTheSecret")) {
            Throwable failure = catchThrowable(() -> startRoute(context,
                    "cos:" + BUCKET + "?" + connection() + "&secretKey={{cos.secretKey}}"));

            // Camel's own wrapper prints the URI it was given, with the names it knows as secret masked; the
            // component's message (the cause) names neither the cut-off part nor its value
            Throwable ours = cosMessage(failure);
            assertThat(ours.getMessage()).contains("RAW(").doesNotContain("tailOfTheSecret").doesNotContain("front");
        }
    }

    @Test
    void aMisspelledSecretOptionIsNamedButItsValueIsNot() throws Exception {
        try (CamelContext context = context()) {
            Throwable failure = catchThrowable(() -> startRoute(context,
                    "cos:" + BUCKET + "?" + connection() + "&secretKye=TopSecretValue42"));

            assertThat(failure).hasStackTraceContaining("secretKye").hasStackTraceContaining("did you mean secretKey");
            assertThat(stackTrace(failure)).doesNotContain("TopSecretValue42");
        }
        try (CamelContext context = context()) {
            Throwable failure = catchThrowable(() -> startRoute(context,
                    "cos:" + BUCKET + "?" + connection() + "&secrtKey=TopSecretValue42"));

            assertThat(cosMessage(failure).getMessage()).contains("secrtKey (did you mean secretKey?)")
                    .doesNotContain("TopSecretValue42");
        }
    }

    @Test
    void anUnknownOptionIsNamedWhenTheUriGivesNoSecret() throws Exception {
        try (CamelContext context = context()) {
            CosConfiguration defaults = context.getComponent("cos", CosComponent.class).getConfiguration();
            defaults.setSecretId(SECRET_ID);
            defaults.setSecretKey(SECRET_KEY);
            Throwable failure = catchThrowable(() -> startRoute(context, "cos:" + BUCKET + "?colour=blue&region="
                    + emulator.region() + "&endpoint=" + emulator.endpoint()));

            assertThat(cosMessage(failure).getMessage()).contains("no option colour").doesNotContain("blue");
        }
    }

    @Test
    void besideASecretAnUnknownNameIsNotShownWhereverItSorts() throws Exception {
        // Camel sorts the options by name before the component sees them: a tail sorting before secretKey
        for (String secret : new String[] {"k9x&AppleTailOfSecret", "k9x&zuluTailOfSecret"}) {
            try (CamelContext context = context(secret)) {
                Throwable failure = catchThrowable(() -> startRoute(context,
                        "cos:" + BUCKET + "?" + connection() + "&secretKey={{cos.secretKey}}"));

                String ours = cosMessage(failure).getMessage();
                assertThat(ours).contains("RAW(").doesNotContain("TailOfSecret").doesNotContain("k9x");
            }
        }
    }

    @Test
    void anUnclosedRawIsRefusedAtStartWithoutShowingTheSecret() throws Exception {
        try (CamelContext context = context()) {
            Throwable failure = catchThrowable(() -> startRoute(context,
                    "cos:" + BUCKET + "?" + connection() + "&secretKey=RAW(unclosedSecret42"));

            assertThat(failure).hasStackTraceContaining("no closing ')'");
            assertThat(stackTrace(failure)).doesNotContain("unclosedSecret42");
        }
    }

    /** The component's own message in a failure's causes. */
    private static Throwable cosMessage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("Failed to resolve endpoint: cos://"
                    + BUCKET + " due to")) {
                return cause;
            }
        }
        throw new AssertionError("no message of the cos component in " + stackTrace(failure));
    }

    private static String stackTrace(Throwable failure) {
        java.io.StringWriter out = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private static void assertPutWorks(String uri) throws Exception {
        try (CamelContext context = context()) {
            assertPutWorks(context, uri);
        }
    }

    private static void assertPutWorks(CamelContext context, String uri) throws Exception {
        startRoute(context, uri);
        Exchange result = context.createProducerTemplate().send("direct:put", exchange -> {
            exchange.getMessage().setHeader(CosConstants.OPERATION, CosOperation.putObject);
            exchange.getMessage().setHeader(CosConstants.KEY, "secret-test.txt");
            exchange.getMessage().setBody("signed with a secret full of special characters");
        });
        assertThat(result.getException()).isNull();
    }

    private static void startRoute(CamelContext context, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:put").to(uri);
            }
        });
        context.start();
    }

    private static CamelContext context() {
        return context(SECRET_KEY);
    }

    private static CamelContext context(String secretKey) {
        DefaultCamelContext context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("cos.secretKey", secretKey);
        context.getPropertiesComponent().setInitialProperties(properties);
        return context;
    }
}
