package dev.camelcos.client;

/**
 * An option value outside its rule. The rule is written once, here in the client; whoever sets the option (the Camel
 * component, a Spring property) names it in its own words with {@link #option()} and {@link #rule()}.
 */
public final class InvalidOptionException extends IllegalArgumentException {

    private final String option;
    private final String rule;

    /** @param shown the value as it may be printed: never a secret */
    public InvalidOptionException(String option, Object shown, String rule) {
        super(option + "=" + shown + " " + rule);
        this.option = option;
        this.rule = rule;
    }

    public String option() {
        return option;
    }

    /** What the value must be, e.g. "must be at least 1". */
    public String rule() {
        return rule;
    }
}
