package dev.camelcos.component.producer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The message bodies the put-configuration operations accept: the configuration, one rule, or a list of rules. */
final class ConfigurationBodies {

    private ConfigurationBodies() {
    }

    /**
     * @throws IllegalArgumentException naming the operation and what the body was, before any request
     */
    static <C, R> C configuration(CosExchange exchange, Class<C> configuration, Class<R> rule,
            Function<List<R>, C> fromRules) {
        Object body = exchange.message().getBody();
        if (configuration.isInstance(body)) {
            return configuration.cast(body);
        }
        if (rule.isInstance(body)) {
            return fromRules.apply(List.of(rule.cast(body)));
        }
        if (body instanceof Collection<?> rules && !rules.isEmpty() && rules.stream().allMatch(rule::isInstance)) {
            return fromRules.apply(rules.stream().map(rule::cast).toList());
        }
        throw new IllegalArgumentException(exchange.operation() + " needs a body that is a "
                + configuration.getSimpleName() + ", a " + rule.getSimpleName() + " or a non-empty List of "
                + rule.getSimpleName() + "; it is " + describe(body));
    }

    /** The tags of putObjectTagging: a Map of tag key to value. */
    static Map<String, String> tags(CosExchange exchange) {
        Object body = exchange.message().getBody();
        if (body instanceof Map<?, ?> map && map.entrySet().stream()
                .allMatch(e -> e.getKey() instanceof String && e.getValue() instanceof String)) {
            @SuppressWarnings("unchecked")
            Map<String, String> tags = (Map<String, String>) map;
            return tags;
        }
        throw new IllegalArgumentException(exchange.operation() + " needs a body that is a Map of tag key to value"
                + " (both String); it is " + describe(body));
    }

    private static String describe(Object body) {
        return body == null ? "empty" : "a " + body.getClass().getName();
    }
}
