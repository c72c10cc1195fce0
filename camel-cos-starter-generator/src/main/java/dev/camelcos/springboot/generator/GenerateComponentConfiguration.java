package dev.camelcos.springboot.generator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link ComponentConfigurationProcessor} for the Spring Boot configuration class of a Camel component, written
 * from the component's JSON (as camel-component-maven-plugin generates it) into the annotated type's package: one
 * {@code camel.component.SCHEME.*} property per component option, and the additional configuration metadata that
 * Spring Boot's own processor cannot infer (defaults, allowed values).
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface GenerateComponentConfiguration {

    /** The component JSON as a class path resource, e.g. META-INF/dev/camelcos/component/cos.json. */
    String value();
}
