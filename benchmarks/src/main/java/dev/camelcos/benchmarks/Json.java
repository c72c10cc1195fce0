package dev.camelcos.benchmarks;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes the results' maps, lists, strings and numbers as indented JSON. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Double d) {
            out.append(Math.round(d * 1000) / 1000.0);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            block(map.entrySet().iterator(), out, indent, '{', '}', (entry, inner) -> {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
                string(String.valueOf(e.getKey()), out);
                out.append(": ");
                write(e.getValue(), out, inner);
            });
        } else if (value instanceof List<?> list) {
            block(list.iterator(), out, indent, '[', ']', (item, inner) -> write(item, out, inner));
        } else {
            string(value.toString(), out);
        }
    }

    private interface ItemWriter {
        void write(Object item, String indent);
    }

    private static void block(Iterator<?> items, StringBuilder out, String indent, char open, char close,
            ItemWriter writer) {
        String inner = indent + "  ";
        out.append(open);
        boolean first = true;
        while (items.hasNext()) {
            out.append(first ? "\n" : ",\n").append(inner);
            writer.write(items.next(), inner);
            first = false;
        }
        out.append(first ? "" : "\n" + indent).append(close);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
