package dev.camelcos.docs;

import java.util.Map;

/**
 * One fenced block of a doc page: where it is, its language, the marker that says how it is checked, and its text.
 *
 * @param mode       how the block is checked (the marker's first word), e.g. {@code java-routes}, or
 *                   {@code partial}
 * @param attributes the marker's {@code name=value} words, and its bare words as {@code name=""}; for
 *                   {@code partial}, {@code reason} is the rest of the marker
 */
record DocSnippet(String doc, int line, String language, String mode, Map<String, String> attributes, String text) {

    String attribute(String name) {
        return attributes.get(name);
    }

    boolean has(String name) {
        return attributes.containsKey(name);
    }

    @Override
    public String toString() {
        return doc + ":" + line + " (" + mode + ")";
    }
}
