package dev.camelcos.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelcos.component.CosComponent;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosEndpoint;
import dev.camelcos.component.CosOperation;
import dev.camelcos.emulator.CosEmulator;

import static dev.camelcos.reliability.FaultBench.BUCKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A full run with the secret key and the session token given in endpoint URIs and in properties, with failures on
 * the way (refused credentials, a missing object, a failing consumer route, faults and retries, a bad option), and
 * every log line at every level captured: neither secret appears in the logs, in any exception message or stack
 * trace, in the routes and their XML dump, in any endpoint's {@code toString()}, or in the configuration's
 * and client's {@code toString()}. (The component has no health check yet, so there are no health details to read.)
 * The one place the session token does appear is a pre-signed link made with temporary credentials: COS needs it in
 * the link, which the caller asked for and must treat as a secret. The SSE-C customer secret key stays out of the
 * message of a route that cannot resolve its endpoint, whatever option is wrong next to it.
 */
class SecretsNeverLeakTest {

    private static final String SECRET_ID = "AKIDsecretsTestId";
    private static final String SECRET_KEY = "Sk7xQ2secretKeyNeverShownZ9";
    private static final String TOKEN = "Tk3sessionTokenNeverShownP4";
    private static final String CUSTOMER_SECRET_KEY =
            Base64.getEncoder().encodeToString("customer-key-never-shown-32bytes".getBytes(StandardCharsets.UTF_8));

    @Test
    void theSecretKeyAndSessionTokenAppearNowhere() throws Exception {
        StringWriter logs = new StringWriter();
        List<String> seen = new ArrayList<>();
        try (CosEmulator emulator = CosEmulator.builder().bucket(BUCKET).credentials("AKIDother", "other-key")
                .sessionCredentials(SECRET_ID, SECRET_KEY, TOKEN, Instant.now().plus(Duration.ofHours(1))).start();
                FaultProxy proxy = new FaultProxy(emulator.port());
                AutoCloseable capture = captureAllLogs(logs)) {
            CamelContext context = new DefaultCamelContext();
            Properties properties = new Properties();
            properties.setProperty("cos.secretId", SECRET_ID);
            properties.setProperty("cos.secretKey", SECRET_KEY);
            properties.setProperty("cos.sessionToken", TOKEN);
            context.getPropertiesComponent().setInitialProperties(properties);
            String common = "&region=" + emulator.region() + "&maxRetries=2&readTimeout=500";
            String inUri = "cos:" + BUCKET + "?endpoint=" + proxy.endpoint() + "&secretId=" + SECRET_ID
                    + "&secretKey=RAW(" + SECRET_KEY + ")&sessionToken=RAW(" + TOKEN + ")" + common;
            String inProperties = "cos:" + BUCKET + "?endpoint=" + emulator.endpoint()
                    + "&secretId={{cos.secretId}}&secretKey={{cos.secretKey}}&sessionToken={{cos.sessionToken}}"
                    + common;
            CountDownLatch consumed = new CountDownLatch(2);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:uri").routeId("secrets-in-uri").to(inUri);
                    from("direct:properties").routeId("secrets-in-properties").to(inProperties);
                    from(inProperties + "&prefix=in/&delay=20&initialDelay=0").routeId("secrets-consumer")
                            .process(e -> consumed.countDown())
                            .throwException(new IllegalStateException("the consumer route failed on purpose"));
                }
            });
            context.start();

            try (ProducerTemplate template = context.createProducerTemplate()) {
                proxy.plan(FaultPlan.times(Fault.SLOW_DOWN_503, 2, head -> true));
                seen.add(outcome(send(template, "direct:uri", CosOperation.putObject, "in/a.txt", "a")));
                proxy.plan(FaultPlan.times(Fault.RESET_AT_CONNECT, 1, head -> true));
                seen.add(outcome(send(template, "direct:properties", CosOperation.putObject, "in/b.txt", "b")));
                proxy.plan(FaultPlan.always(Fault.INTERNAL_ERROR_500, head -> true));
                seen.add(outcome(send(template, "direct:uri", CosOperation.getObject, "in/a.txt", null)));
                proxy.plan(FaultPlan.none());
                seen.add(outcome(send(template, "direct:properties", CosOperation.getObject, "missing.txt", null)));
                // a link made with temporary credentials must carry the session token (COS requires it there):
                // the link itself is a secret the caller asked for, so only its exchange's headers are checked
                Exchange link = send(template, "direct:uri", CosOperation.createDownloadLink, "in/a.txt", null);
                assertThat(link.getMessage().getBody(String.class)).contains("x-cos-security-token=")
                        .doesNotContain(SECRET_KEY);
                seen.add(String.valueOf(link.getMessage().getHeaders()));
                seen.add(outcome(template.send("cos:" + BUCKET + "?endpoint=" + emulator.endpoint()
                        + "&secretId=" + SECRET_ID + "&secretKey=RAW(" + SECRET_KEY + "x)&sessionToken=RAW(" + TOKEN
                        + ")&operation=putObject&keyName=refused.txt" + common, e -> e.getMessage().setBody("x"))));
                try {
                    context.getEndpoint("cos:" + BUCKET + "?secretKey=RAW(" + SECRET_KEY + ")&sessionToken=RAW("
                            + TOKEN + ")&storageClass=GLACIER");
                } catch (RuntimeException badOption) {
                    seen.add(stackTrace(badOption));
                }
            }
            assertThat(consumed.await(30, TimeUnit.SECONDS)).as("the consumer saw its objects").isTrue();

            seen.addAll(dumps(context));
            context.stop();
        }

        seen.add(logs.toString());
        assertThat(logs.toString()).as("the failures and the client's retries were logged")
                .contains("secrets-consumer").contains("DEBUG dev.camelcos.client.internal.RetryInterceptor Retrying");
        for (String text : seen) {
            assertThat(text).doesNotContain(SECRET_KEY).doesNotContain(TOKEN);
        }
    }

    @Test
    void anEndpointThatFailsToResolveMasksTheCustomerSecretKey() throws Exception {
        String shown = routeStartFailure("noSuchOption=1");
        assertThat(shown).contains("Failed to resolve endpoint").contains("customerSecretKey=xxxxxx")
                .contains("noSuchOption");
    }

    @ParameterizedTest
    @ValueSource(strings = { "serverSideEncryption=AES256", "storageClass=GLACIER" })
    void anEndpointThatFailsToStartDoesNotShowTheCustomerSecretKey(String badOption) throws Exception {
        assertThat(routeStartFailure(badOption)).contains("Invalid cos option")
                .contains(badOption.substring(0, badOption.indexOf('=')));
    }

    /**
     * Starts a route whose endpoint URI spells out the SSE-C key next to {@code badOption}; checks that neither the
     * failure's stack trace nor the logs show the key, and returns that stack trace.
     */
    private static String routeStartFailure(String badOption) throws Exception {
        StringWriter logs = new StringWriter();
        try (CamelContext context = new DefaultCamelContext(); AutoCloseable capture = captureAllLogs(logs)) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:sse-c").routeId("sse-c")
                            .to("cos:" + BUCKET + "?customerSecretKey=" + CUSTOMER_SECRET_KEY + "&" + badOption);
                }
            });
            Throwable failure = catchThrowable(context::start);
            assertThat(failure).as("the route cannot start").isNotNull();
            String shown = stackTrace(failure);
            assertThat(shown + logs).doesNotContain(CUSTOMER_SECRET_KEY)
                    .doesNotContain(URLEncoder.encode(CUSTOMER_SECRET_KEY, StandardCharsets.UTF_8));
            return shown;
        }
    }

    private static Exchange send(ProducerTemplate template, String uri, CosOperation operation, String key,
            Object body) {
        return template.send(uri, e -> {
            e.getMessage().setHeader(CosConstants.OPERATION, operation);
            e.getMessage().setHeader(CosConstants.KEY, key);
            e.getMessage().setBody(body);
        });
    }

    /** What a caller sees of an exchange: its exception with every cause, or its body and headers. */
    private static String outcome(Exchange exchange) {
        return exchange.getException() != null ? stackTrace(exchange.getException())
                : exchange.getMessage().getHeaders() + " " + exchange.getMessage().getBody(String.class);
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** Routes, their XML dump, every endpoint's URI and toString, the component's configuration and clients. */
    private static List<String> dumps(CamelContext context) throws Exception {
        List<String> dumps = new ArrayList<>();
        for (Route route : context.getRoutes()) {
            dumps.add(route.toString());
            dumps.add(route.getEndpoint().toString());
            dumps.add(String.valueOf(route.getProperties()));
        }
        // a route whose URI spells the secret out holds it in its model exactly as written, and Camel's dumpers print
        // the model as written: the dumps checked are those of routes that name secrets by placeholder
        for (RouteDefinition definition : ((ModelCamelContext) context).getRouteDefinitions()) {
            if (!definition.getId().equals("secrets-in-uri")) {
                dumps.add(PluginHelper.getModelToXMLDumper(context).dumpModelAsXml(context, definition));
                dumps.add(definition.toString());
            }
        }
        assertThat(dumps).as("route dumps").anyMatch(d -> d.contains("secrets-consumer"));
        // getEndpointUri() is not among them: it is the endpoint's identity, the URI exactly as configured, in every
        // Camel component; what Camel shows of it (toString, logs, dumps) is sanitized
        for (Endpoint endpoint : context.getEndpoints()) {
            dumps.add(endpoint.toString());
            if (endpoint instanceof CosEndpoint cos) {
                dumps.add(cos.getConfiguration().toString());
                dumps.add(String.valueOf(cos.getConfiguration().toClientConfig()));
                dumps.add(String.valueOf(cos.getClient()));
            }
        }
        dumps.add(context.getComponent("cos", CosComponent.class).getConfiguration().toString());
        return dumps;
    }

    /**
     * Sends the log events to {@code out} until closed: every level of this project's loggers, INFO and above of
     * everything else. (Camel core itself prints raw endpoint URIs and resolved property values at DEBUG and TRACE,
     * for any component: that is not this component's to change, see docs/reliability.md.)
     */
    private static AutoCloseable captureAllLogs(StringWriter out) {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        WriterAppender appender = WriterAppender.newBuilder().setName("secrets-capture").setTarget(out)
                .setLayout(PatternLayout.newBuilder().withPattern("%level %logger %msg%n%throwable").build())
                .build();
        appender.start();
        LoggerConfig root = config.getRootLogger();
        Level rootLevel = root.getLevel();
        root.addAppender(appender, Level.INFO, null);
        root.setLevel(Level.INFO);
        LoggerConfig project = new LoggerConfig("dev.camelcos", Level.ALL, false);
        project.addAppender(appender, Level.ALL, null);
        config.addLogger("dev.camelcos", project);
        logging.updateLoggers();
        return () -> {
            config.removeLogger("dev.camelcos");
            root.removeAppender(appender.getName());
            root.setLevel(rootLevel);
            logging.updateLoggers();
            appender.stop();
        };
    }
}
