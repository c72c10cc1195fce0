package dev.camelcos.client.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JSON object whose values are strings, numbers, booleans or null (the metadata service's answers), into
 * their text; nested objects and arrays are rejected. The client carries no JSON library for this one answer.
 */
final class FlatJson {

    private final String text;
    private int at;

    private FlatJson(String text) {
        this.text = text;
    }

    static Map<String, String> parse(String text) {
        FlatJson json = new FlatJson(text);
        Map<String, String> values = new LinkedHashMap<>();
        json.expect('{');
        if (json.peek() == '}') {
            json.at++;
            return values;
        }
        do {
            String name = json.string();
            json.expect(':');
            values.put(name, json.value());
        } while (json.comma());
        json.expect('}');
        return values;
    }

    private String value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        int start = at;
        while (at < text.length() && ",}".indexOf(text.charAt(at)) < 0 && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        String literal = text.substring(start, at);
        if (literal.isEmpty() || c == '{' || c == '[') {
            throw error("a string, number, boolean or null");
        }
        return literal.equals("null") ? null : literal;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char e = text.charAt(at++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("four hex digits");
                    }
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(e);
            }
        }
        throw error("the end of a string");
    }

    private boolean comma() {
        if (peek() == ',') {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("'" + c + "'");
        }
        at++;
    }

    private char peek() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("not a flat JSON object: expected " + expected + " at offset " + at);
    }
}
