package dev.camelcos.springboot;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.camelcos.component.CosComponent;
import dev.camelcos.component.CosConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How camel.component.cos.* values bind before they reach the component: durations in Spring Boot's notation, a value
 * that is no duration refused at start naming the property, and secrets kept out of the configuration bean's text.
 */
class CosStarterPropertyBindingTest {

    private static final String SECRET_KEY = "binding-test-secret-key";

    private final ApplicationContextRunner application = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(CamelAutoConfiguration.class, CosComponentConverter.class,
                    CosComponentAutoConfiguration.class));

    @Test
    void durationsTakeAUnitAndAPlainNumberIsMilliseconds() {
        application.withPropertyValues("camel.component.cos.min-age=5m", "camel.component.cos.claim-lease=PT30S",
                "camel.component.cos.streaming-upload-timeout=1500").run(context -> {
                    CosConfiguration configuration = context.getBean(CamelContext.class)
                            .getComponent("cos", CosComponent.class).getConfiguration();

                    assertThat(configuration.getMinAge()).isEqualTo(Duration.ofMinutes(5).toMillis());
                    assertThat(configuration.getClaimLease()).isEqualTo(Duration.ofSeconds(30).toMillis());
                    assertThat(configuration.getStreamingUploadTimeout()).isEqualTo(1500);
                });
    }

    @Test
    void aValueThatIsNoDurationFailsTheStartNamingThePropertyAndTheValue() {
        application.withPropertyValues("camel.component.cos.min-age=5 minutes").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains("camel.component.cos.min-age")
                    .contains("5 minutes");
        });
    }

    @Test
    void aSecretIsBoundButNotInTheConfigurationBeansText() {
        application.withPropertyValues("camel.component.cos.secret-key=" + SECRET_KEY).run(context -> {
            CosComponentConfiguration configuration = context.getBean(CosComponentConfiguration.class);

            assertThat(configuration.getSecretKey()).isEqualTo(SECRET_KEY);
            assertThat(configuration.toString()).doesNotContain(SECRET_KEY);
        });
    }

    /** The messages of a failure and of its causes, one after the other. */
    private static String messages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
