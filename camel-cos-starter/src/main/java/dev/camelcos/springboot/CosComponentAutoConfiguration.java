package dev.camelcos.springboot;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

import dev.camelcos.component.CosComponent;
import dev.camelcos.springboot.generator.GenerateComponentConfiguration;

/**
 * Applies the {@code camel.component.cos.*} properties to the cos component when Camel creates it. Turned off with
 * {@code camel.component.cos.enabled=false} (or {@code camel.component.enabled=false}); the customizer alone with
 * {@code camel.component.cos.customizer.enabled=false}. {@link CosComponentConfiguration} is generated at build time
 * from the component's cos.json, so every component option is a property without being copied here.
 */
@GenerateComponentConfiguration("META-INF/dev/camelcos/component/cos.json")
@AutoConfiguration(after = { CamelAutoConfiguration.class, CosComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", CosComponentConfiguration.PREFIX })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, CosComponentConfiguration.class })
public class CosComponentAutoConfiguration {

    /** Properties of the Spring Boot layer itself (from ComponentConfigurationPropertiesCommon), not of the component. */
    private static final Set<String> STARTER_OPTIONS = Set.of("enabled", "customizer");

    private static final String CONFIGURATION = "configuration";

    @Lazy
    @Bean
    public ComponentCustomizer configureCosComponent(ApplicationContext applicationContext, CamelContext camelContext,
            CosComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                Map<String, Object> options = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
                options.keySet().removeAll(STARTER_OPTIONS);
                // a configuration bean first: the flat options then refine it instead of being replaced by it
                Object base = options.remove(CONFIGURATION);
                if (base != null) {
                    apply(camelContext, target, new HashMap<>(Map.of(CONFIGURATION, base)));
                }
                apply(camelContext, target, options);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof CosComponent && HierarchicalPropertiesEvaluator.evaluate(applicationContext,
                        "camel.component.customizer", CosComponentConfiguration.PREFIX + ".customizer");
            }
        };
    }

    private static void apply(CamelContext camelContext, Component target, Map<String, Object> options) {
        // every property is a component option, so one that cannot be set is a bug worth failing on
        CamelPropertiesHelper.setCamelProperties(camelContext, target, options, true);
    }
}
