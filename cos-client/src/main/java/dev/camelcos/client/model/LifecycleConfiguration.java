package dev.camelcos.client.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A bucket's lifecycle configuration (PUT/GET Bucket lifecycle): rules COS applies to objects as they age. */
@XmlRootElement(name = "LifecycleConfiguration")
public class LifecycleConfiguration {

    public static final int MAX_RULES = 1000;

    @XmlElement(name = "Rule")
    private List<LifecycleRule> rules = new ArrayList<>();

    public LifecycleConfiguration() {
    }

    public LifecycleConfiguration(List<LifecycleRule> rules) {
        this.rules = new ArrayList<>(rules);
    }

    /** The rules in order; empty when the bucket has no lifecycle configuration. */
    public List<LifecycleRule> getRules() {
        return rules;
    }

    /** Checks the rules against COS's rules before anything is sent. */
    public LifecycleConfiguration validate() {
        if (rules.isEmpty() || rules.size() > MAX_RULES) {
            throw new IllegalArgumentException("a lifecycle configuration needs 1 to " + MAX_RULES + " rules, it has "
                    + rules.size());
        }
        Set<String> ids = new HashSet<>();
        for (LifecycleRule rule : rules) {
            rule.validate();
            if (rule.getId() != null && !ids.add(rule.getId())) {
                throw new IllegalArgumentException("lifecycle rule id '" + rule.getId() + "' is used twice: ids must"
                        + " be unique");
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return "LifecycleConfiguration" + rules;
    }
}
