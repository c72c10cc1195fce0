package dev.camelcos.springboot.generator;

import java.util.List;
import java.util.Map;

import org.apache.camel.tooling.model.ComponentModel.ComponentOptionModel;

/**
 * One component option as a Spring Boot property: the field the configuration class declares for it, and what the
 * additional metadata says of it. Fields are never initialised, so an unset property leaves the component's default.
 */
record StarterProperty(String field, String javaType, String description, Object defaultValue,
        List<String> allowedValues, boolean beanReference) {

    private static final Map<String, String> BOXED = Map.of("boolean", "Boolean", "byte", "Byte", "short", "Short",
            "int", "Integer", "long", "Long", "float", "Float", "double", "Double", "char", "Character");
    private static final String JAVA_LANG = "java.lang.";

    // Spring Boot binds java.time.Duration from 30s, 5m or PT1H30M and reads a plain number as milliseconds, as Camel does
    private static final String DURATION_NOTE = "A duration such as 30s, 5m or PT1H30M; a plain number is milliseconds.";
    private static final String BEAN_NOTE = "Refer to a bean with #bean:name.";
    private static final String SECRET_NOTE = "Secret: masked wherever Camel prints endpoints; supply it from the "
                                              + "environment or a secret store, never from a committed file.";

    static StarterProperty of(ComponentOptionModel option) {
        boolean duration = "duration".equals(option.getType());
        boolean bean = "object".equals(option.getType()) && option.getEnums() == null;
        StringBuilder description = new StringBuilder(option.getDescription() == null ? "" : option.getDescription());
        if (duration) {
            note(description, DURATION_NOTE);
        }
        if (bean) {
            note(description, BEAN_NOTE);
        }
        if (option.isSecret()) {
            note(description, SECRET_NOTE);
        }
        String text = description.toString();
        // the description becomes javadoc, which javac would end at */ and unescape at backslash-u
        if (text.contains("*/") || text.contains("\\u")) {
            throw new IllegalArgumentException("the description of option " + option.getName()
                                               + " contains */ or \\u, which cannot stand in a javadoc comment");
        }
        return new StarterProperty(option.getName(), duration ? "java.time.Duration" : sourceType(option.getJavaType()),
                text, option.getDefaultValue(),
                option.getEnums() == null ? List.of() : option.getEnums(), bean);
    }

    /**
     * The type as the field declares it: boxed, and java.lang types by their simple name, which Spring Boot's
     * processor does not mistake for a field initialised to false or 0 (it does so for java.lang.Boolean).
     */
    private static String sourceType(String javaType) {
        String type = BOXED.getOrDefault(javaType, javaType.replace('$', '.'));
        boolean inJavaLang = type.startsWith(JAVA_LANG) && type.indexOf('.', JAVA_LANG.length()) < 0;
        return inJavaLang ? type.substring(JAVA_LANG.length()) : type;
    }

    /** The name under the prefix, dashed as Spring Boot's processor names the property of a field. */
    String dashedName() {
        StringBuilder dashed = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                dashed.append('-');
            }
            dashed.append(Character.toLowerCase(c));
        }
        return dashed.toString();
    }

    /** The type without its type arguments, for a class literal. */
    String rawType() {
        int generic = javaType.indexOf('<');
        return generic < 0 ? javaType : javaType.substring(0, generic);
    }

    private static void note(StringBuilder description, String note) {
        if (!description.isEmpty()) {
            if (description.charAt(description.length() - 1) != '.') {
                description.append('.');
            }
            description.append(' ');
        }
        description.append(note);
    }
}
