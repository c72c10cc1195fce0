package dev.camelcos.examples.springboot;

import dev.camelcos.examples.main.ExampleRunContract;
import dev.camelcos.examples.main.ExampleSettings;
import dev.camelcos.examples.main.ExampleSummary;

/**
 * The Spring Boot example end to end on the embedded emulator, held to the same checks as the Camel Main example
 * (whose settings and summary it uses, tested there).
 */
class CosSpringBootExampleTest extends ExampleRunContract {

    @Override
    protected ExampleSummary run(ExampleSettings settings) throws Exception {
        return CosSpringBootExample.run(settings);
    }

    @Override
    protected String title() {
        return "camel-cos Spring Boot example";
    }
}
