package dev.camelcos.component;

import dev.camelcos.client.InvalidOptionException;

/**
 * How an option that breaks its rule is reported: {@code Invalid cos option name=value: rule}. The rules of the
 * options the client takes (connection, transfer, bucket, region) are the client builders'; this only names them in
 * the component's words, so that each rule is written once.
 */
public final class OptionRules {

    private OptionRules() {
    }

    public static IllegalArgumentException invalid(String option, Object value, String rule) {
        return new IllegalArgumentException("Invalid cos option " + option + "=" + value + ": " + rule);
    }

    /** Runs the client's rule for {@code option}; its refusal is reported with the component's value. */
    public static void check(String option, Object value, Runnable clientRule) {
        try {
            clientRule.run();
        } catch (InvalidOptionException e) {
            throw invalid(option, value, e.rule());
        } catch (IllegalArgumentException e) {
            throw invalid(option, value, e.getMessage());
        }
    }
}
