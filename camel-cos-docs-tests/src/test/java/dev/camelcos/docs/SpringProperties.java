package dev.camelcos.docs;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

import dev.camelcos.springboot.CosComponentConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code camel.component.cos.*} properties of a snippet bound as Spring Boot binds them to the starter's
 * configuration class: every property must name an option, and every value must convert to its type.
 */
final class SpringProperties {

    private SpringProperties() {
    }

    /** Binds the snippet's cos properties; returns how many there were. */
    static int bindProperties(DocSnippet snippet) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(snippet.text()));
        Map<String, String> cos = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(CosComponentConfiguration.PREFIX + "."))
                .forEach(k -> cos.put(k, properties.getProperty(k)));
        if (!cos.isEmpty()) {
            bind(snippet, new MapConfigurationPropertySource(cos));
        }
        return cos.size();
    }

    static void bindYaml(DocSnippet snippet) throws Exception {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(snippet.toString(),
                new ByteArrayResource(snippet.text().getBytes(StandardCharsets.UTF_8)));
        assertThat(sources).as("documents of " + snippet).hasSize(1);
        CosComponentConfiguration bound = bind(snippet, ConfigurationPropertySource.from(sources.get(0)));
        assertThat(bound.getRegion()).as("region bound from " + snippet).isNotBlank();
    }

    private static CosComponentConfiguration bind(DocSnippet snippet, ConfigurationPropertySource source) {
        Binder binder = new Binder(List.of(source), null, ApplicationConversionService.getSharedInstance());
        CosComponentConfiguration configuration = new CosComponentConfiguration();
        binder.bind(CosComponentConfiguration.PREFIX, Bindable.ofInstance(configuration),
                new NoUnboundElementsBindHandler(BindHandler.DEFAULT));
        return configuration;
    }
}
