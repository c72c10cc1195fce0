package dev.camelcos.component.consumer;

import java.io.StringWriter;
import java.nio.file.Path;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.support.RoutePolicySupport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer whose claims only its own node sees, started where it looks like it runs beside others, warns. */
class LocalRepositoryWarningTest extends ConsumerTestSupport {

    private static final String LOGGER = LocalRepositoryWarning.class.getName();

    private final StringWriter log = new StringWriter();
    private WriterAppender appender;

    @TempDir
    Path lockDir;

    @BeforeEach
    void captureWarnings() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        appender = WriterAppender.newBuilder().setName("local-repository-warning").setTarget(log)
                .setLayout(PatternLayout.newBuilder().withPattern("%level %msg%n").build()).build();
        appender.start();
        LoggerConfig logger = new LoggerConfig(LOGGER, Level.WARN, false);
        logger.addAppender(appender, Level.WARN, null);
        config.addLogger(LOGGER, logger);
        logging.updateLoggers();
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        logging.getConfiguration().removeLogger(LOGGER);
        logging.updateLoggers();
        appender.stop();
    }

    private void startRoute(String options, boolean clusterService, boolean routePolicy) throws Exception {
        var context = start(new RouteBuilder() {
            @Override
            public void configure() {
                var route = from(uri(options)).routeId("incoming");
                if (routePolicy) {
                    route.routePolicy(new RoutePolicySupport() {
                    });
                }
                route.log("${header.CamelCosKey}");
            }
        });
        if (clusterService) {
            // added before the routes start, as a clustered application's configuration does
            context.stop();
            FileLockClusterService cluster = new FileLockClusterService();
            cluster.setRoot(lockDir.toString());
            context.addService(cluster);
            context.start();
        }
    }

    @Test
    void aLeaseOnTheDefaultInMemoryRepositoryWarns() throws Exception {
        startRoute("claimLease=1s", false, false);
        assertThat(log.toString()).contains("WARN The cos consumer of route incoming keeps its claims in a"
                + " MemoryIdempotentRepository only this node sees, but claimLease is set");
    }

    @Test
    void aClusteredApplicationRunningTheRouteOnEveryNodeWarns() throws Exception {
        startRoute("", true, false);
        assertThat(log.toString()).contains("but the Camel context has a cluster service");
    }

    @Test
    void aRouteAPolicyDecidesOnDoesNotWarn() throws Exception {
        startRoute("", true, true);
        assertThat(log.toString()).isEmpty();
    }

    @Test
    void aSingleApplicationDoesNotWarn() throws Exception {
        startRoute("", false, false);
        assertThat(log.toString()).isEmpty();
    }
}
