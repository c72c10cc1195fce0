package dev.camelcos.component.kamelet;

import org.apache.camel.CamelContext;

import dev.camelcos.component.CosComponent;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.yaml.YamlRouteTestSupport;

/** YAML routes using the Kamelets, with a cos component that knows nothing of the emulator. */
abstract class KameletTestSupport extends YamlRouteTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        // the Kamelet's properties alone must reach the emulator
        camelContext.getComponent("cos", CosComponent.class).setConfiguration(new CosConfiguration());
        return camelContext;
    }
}
