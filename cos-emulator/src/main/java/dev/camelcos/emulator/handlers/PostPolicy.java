package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A POST Object policy (the form's base64 {@code policy} field): an expiration and conditions on the form's fields
 * and the file's size, all of which must hold.
 *
 * @param json the decoded policy, the text its signature covers
 */
record PostPolicy(String json, Instant expiration, List<?> conditions) {

    static PostPolicy decode(String base64) {
        String json;
        Object parsed;
        try {
            json = new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8);
            parsed = JsonValue.parse(json);
        } catch (IllegalArgumentException e) {
            throw invalid("the policy is not base64-encoded JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> policy) || !(policy.get("expiration") instanceof String expiration)
                || !(policy.get("conditions") instanceof List<?> conditions)) {
            throw invalid("the policy needs an expiration (ISO 8601) and a list of conditions");
        }
        try {
            return new PostPolicy(json, Instant.parse(expiration), conditions);
        } catch (DateTimeParseException e) {
            throw invalid("the policy's expiration " + expiration + " is not an ISO 8601 instant");
        }
    }

    /** Checks expiry and every field condition; {@code fields} has lower-cased names, the bucket is its own. */
    void check(Map<String, String> fields, String bucket, Instant now) {
        if (!now.isBefore(expiration)) {
            throw EmulatorError.accessDenied("Invalid according to Policy: Policy expired.");
        }
        for (Object condition : conditions) {
            if (condition instanceof Map<?, ?> exact) {
                exact.forEach((name, value) -> require(field(fields, bucket, name.toString()).equals(text(value)), condition));
            } else if (condition instanceof List<?> rule && !rule.isEmpty()) {
                checkRule(rule, fields, bucket);
            } else {
                throw invalid("a condition must be an object or a non-empty list: " + condition);
            }
        }
    }

    private static void checkRule(List<?> rule, Map<String, String> fields, String bucket) {
        String op = rule.get(0).toString().toLowerCase(Locale.ROOT);
        if (op.equals("content-length-range")) {
            return;
        }
        if (rule.size() != 3) {
            throw invalid("condition " + rule + " needs an operator, a $field and a value");
        }
        String value = field(fields, bucket, rule.get(1).toString());
        switch (op) {
            case "eq" -> require(value.equals(text(rule.get(2))), rule);
            case "starts-with" -> require(value.startsWith(text(rule.get(2))), rule);
            case "in" -> require(rule.get(2) instanceof List<?> l && l.stream().map(PostPolicy::text).toList().contains(value), rule);
            case "not-in" -> require(rule.get(2) instanceof List<?> l && !l.stream().map(PostPolicy::text).toList().contains(value), rule);
            default -> throw invalid("unknown condition operator " + rule.get(0));
        }
    }

    /** The file's size against a content-length-range condition, if there is one. */
    void checkSize(long size) {
        for (Object condition : conditions) {
            if (condition instanceof List<?> rule && !rule.isEmpty()
                    && rule.get(0).toString().equalsIgnoreCase("content-length-range")) {
                if (rule.size() != 3 || !(rule.get(1) instanceof Number min) || !(rule.get(2) instanceof Number max)) {
                    throw invalid("content-length-range needs a minimum and a maximum number");
                }
                if (size < min.longValue()) {
                    throw new EmulatorError(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size "
                            + min.longValue() + " of the policy's content-length-range.");
                }
                if (size > max.longValue()) {
                    throw new EmulatorError(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size "
                            + max.longValue() + " of the policy's content-length-range.");
                }
            }
        }
    }

    private static String field(Map<String, String> fields, String bucket, String name) {
        String field = (name.startsWith("$") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
        return field.equals("bucket") ? bucket : fields.getOrDefault(field, "");
    }

    /** A JSON value as the form field text it is compared with: numbers without a fraction have none. */
    private static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }

    private static void require(boolean holds, Object condition) {
        if (!holds) {
            throw EmulatorError.accessDenied("Invalid according to Policy: Policy Condition failed: " + condition);
        }
    }

    private static EmulatorError invalid(String message) {
        return new EmulatorError(400, "InvalidPolicyDocument", "Invalid Policy: " + message + ".");
    }
}
