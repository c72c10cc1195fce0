package dev.camelcos.springboot.generator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The Java source of a component's Spring Boot configuration class: a {@code @ConfigurationProperties} bean with one
 * documented field, getter and setter per option (Spring Boot's processor turns the javadoc into the property's
 * description), and the list of option types that are written as bean references.
 */
final class ConfigurationClassSource {

    private static final int WIDTH = 120;

    private ConfigurationClassSource() {
    }

    static String write(String packageName, String className, String prefix, String componentDescription,
            List<StarterProperty> properties) {
        StringBuilder out = new StringBuilder();
        out.append("package ").append(packageName).append(";\n\n");
        javadoc(out, "", componentDescription + " The options of the component as " + prefix
                         + ".* properties, one per component option; an unset property leaves the component's default,"
                         + " which the configuration metadata shows. Generated at build time from the component's"
                         + " JSON by " + ComponentConfigurationProcessor.class.getSimpleName()
                         + ": do not edit, change the component's options instead.");
        out.append("@javax.annotation.processing.Generated(\"")
                .append(ComponentConfigurationProcessor.class.getName()).append("\")\n");
        out.append("@org.springframework.boot.context.properties.ConfigurationProperties(prefix = ").append(className)
                .append(".PREFIX)\n");
        out.append("public class ").append(className)
                .append(" extends org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon {\n\n");
        out.append("    public static final String PREFIX = \"").append(prefix).append("\";\n\n");
        javadoc(out, "    ", "The types of the options written as bean references (#bean:name).");
        out.append("    public static final java.util.Set<Class<?>> BEAN_OPTION_TYPES = java.util.Set.of(")
                .append(properties.stream().filter(StarterProperty::beanReference)
                        .map(p -> "\n            " + p.rawType() + ".class").distinct()
                        .collect(Collectors.joining(",")))
                .append(");\n");
        for (StarterProperty property : properties) {
            out.append('\n');
            javadoc(out, "    ", property.description());
            out.append("    private ").append(property.javaType()).append(' ').append(property.field()).append(";\n");
        }
        for (StarterProperty property : properties) {
            String accessor = Character.toUpperCase(property.field().charAt(0)) + property.field().substring(1);
            out.append("\n    public ").append(property.javaType()).append(" get").append(accessor).append("() {\n")
                    .append("        return ").append(property.field()).append(";\n    }\n");
            out.append("\n    public void set").append(accessor).append('(').append(property.javaType()).append(' ')
                    .append(property.field()).append(") {\n        this.").append(property.field()).append(" = ")
                    .append(property.field()).append(";\n    }\n");
        }
        return out.append("}\n").toString();
    }

    private static void javadoc(StringBuilder out, String indent, String text) {
        String margin = indent + " * ";
        out.append(indent).append("/**\n").append(margin);
        int column = margin.length();
        boolean lineStart = true;
        for (String word : text.strip().split("\\s+")) {
            // a javadoc line starting with @ would be read as a block tag, so such a word never starts one
            if (!lineStart && column + 1 + word.length() > WIDTH && !word.startsWith("@")) {
                out.append('\n').append(margin);
                column = margin.length();
                lineStart = true;
            }
            if (!lineStart) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            lineStart = false;
        }
        out.append('\n').append(indent).append(" */\n");
    }
}
