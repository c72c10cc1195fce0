package dev.camelcos.component.producer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelcos.client.CosValidation;

/**
 * How streaming upload names the objects it writes: the option keyName as a template in which {@code {n}} is the
 * batch's number (1, 2, ... for each producer start), {@code {uuid}} a random UUID and {@code {time:pattern}} the
 * time the batch's first message arrived, in UTC, formatted with a {@link DateTimeFormatter} pattern, e.g.
 * {@code logs/{time:yyyy/MM/dd/HH-mm-ss}-{n}.jsonl}.
 */
final class BatchKeyTemplate {

    static final String EXAMPLE = "logs/{time:yyyy/MM/dd/HH-mm-ss}-{n}.jsonl";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** Each part renders itself for a batch opened at an instant with a number. */
    private final List<BiFunction<Instant, Long, String>> parts = new ArrayList<>();

    /**
     * @throws IllegalArgumentException naming the option, the value and the rule it breaks
     */
    BatchKeyTemplate(String template) {
        if (template == null || template.isBlank()) {
            throw invalid(template, "streamingUploadMode needs a keyName template naming each batch, e.g. " + EXAMPLE);
        }
        boolean unique = false;
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            String literal = template.substring(last, m.start());
            parts.add((time, n) -> literal);
            String name = m.group(1);
            if (name.equals("n")) {
                parts.add((time, n) -> Long.toString(n));
                unique = true;
            } else if (name.equals("uuid")) {
                parts.add((time, n) -> UUID.randomUUID().toString());
                unique = true;
            } else if (name.startsWith("time:")) {
                DateTimeFormatter format = format(template, name.substring("time:".length()));
                parts.add((time, n) -> format.format(time));
            } else {
                throw invalid(template, "{" + name + "} is not a placeholder: use {n}, {uuid} or {time:pattern}");
            }
            last = m.end();
        }
        String tail = template.substring(last);
        if (tail.contains("{") || tail.contains("}")) {
            throw invalid(template, "has an unbalanced '{' or '}'");
        }
        parts.add((time, n) -> tail);
        if (!unique) {
            throw invalid(template, "must contain {n} or {uuid} so that each batch gets its own object, e.g. " + EXAMPLE);
        }
        try {
            CosValidation.key(render(Instant.EPOCH, 1));
        } catch (IllegalArgumentException e) {
            throw invalid(template, e.getMessage());
        }
    }

    String render(Instant opened, long number) {
        StringBuilder key = new StringBuilder();
        parts.forEach(p -> key.append(p.apply(opened, number)));
        return key.toString();
    }

    private static DateTimeFormatter format(String template, String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC);
        } catch (IllegalArgumentException e) {
            throw invalid(template, "{time:" + pattern + "} is not a date-time pattern: " + e.getMessage());
        }
    }

    private static IllegalArgumentException invalid(String template, String rule) {
        return new IllegalArgumentException("Invalid cos option keyName=" + template + ": " + rule);
    }
}
