package dev.camelcos.component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.model.COSObject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.camelcos.emulator.CosEmulator;
import dev.camelcos.emulator.SdkSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Route tests against one embedded COS emulator per test class. The cos component is configured with the emulator's
 * endpoint, region and credentials, so routes say only {@code cos:bucket?options}; the official COS SDK, aimed at the
 * same emulator ({@link SdkSupport}), checks what the producer wrote.
 */
public abstract class EmulatorRouteTestSupport extends CamelTestSupport {

    protected static final String BUCKET = "examplebucket-1250000000";
    protected static final String OTHER_BUCKET = "otherbucket-1250000000";
    protected static final String SECRET_ID = "AKIDrouteTestsId";
    protected static final String SECRET_KEY = "routeTestsSecretKey";
    /** Every test sets the operation as a header on this route, as most routes would. */
    protected static final String COS = "direct:cos";

    protected static CosEmulator emulator;
    protected static COSClient sdk;

    @BeforeAll
    static void startEmulator() {
        emulator = CosEmulator.builder().credentials(SECRET_ID, SECRET_KEY).bucket(BUCKET).bucket(OTHER_BUCKET).start();
        sdk = SdkSupport.client(emulator);
    }

    @AfterAll
    static void stopEmulator() {
        sdk.shutdown();
        emulator.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        return pointAt(super.createCamelContext(), emulator, SECRET_ID, SECRET_KEY);
    }

    /** Makes the context's cos component default to the emulator and these credentials. */
    public static CamelContext pointAt(CamelContext context, CosEmulator emulator, String secretId,
            String secretKey) {
        CosConfiguration defaults = context.getComponent("cos", CosComponent.class).getConfiguration();
        defaults.setRegion(emulator.region());
        defaults.setEndpoint(emulator.endpoint());
        defaults.setSecretId(secretId);
        defaults.setSecretKey(secretKey);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(COS).to("cos:" + BUCKET);
                EmulatorRouteTestSupport.this.configureRoutes(this);
            }
        };
    }

    /** The routes a test needs beside {@link #COS}, e.g. a consumer feeding a producer as a user's route would. */
    protected void configureRoutes(RouteBuilder routes) {
    }

    /** Sends {@code body} with {@code headers} through {@link #COS} to perform {@code operation}. */
    protected Exchange cos(CosOperation operation, Object body, Map<String, ?> headers) {
        return template.send(COS, exchange -> {
            exchange.getMessage().setHeaders(new HashMap<>(headers));
            exchange.getMessage().setHeader(CosConstants.OPERATION, operation);
            exchange.getMessage().setBody(body);
        });
    }

    /** Like {@link #cos}, and asserts the exchange succeeded. */
    protected Exchange cosOk(CosOperation operation, Object body, Map<String, ?> headers) {
        Exchange result = cos(operation, body, headers);
        assertThat(result.getException()).as(operation + " failed").isNull();
        return result;
    }

    /**
     * Performs {@code operation} expecting it to fail on its input: asserts nothing reached the emulator and returns
     * the failure for the test to check its message.
     */
    protected AbstractThrowableAssert<?, ? extends Throwable> failsBeforeAnyRequest(
            CosOperation operation, Object body, Map<String, ?> headers) {
        emulator.clearRequests();
        Exchange result = cos(operation, body, headers);
        assertThat(emulator.requests()).as("requests sent for bad input").isEmpty();
        return assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class);
    }

    /** An object stored directly with the SDK, for the producer to read. */
    protected static void sdkPut(String bucket, String key, String content) {
        sdk.putObject(bucket, key, content);
    }

    /** The content of an object as the SDK reads it. */
    protected static String sdkRead(String bucket, String key) {
        try (COSObject object = sdk.getObject(bucket, key); InputStream in = object.getObjectContent()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("SDK could not read " + bucket + "/" + key, e);
        }
    }

    protected static InputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
