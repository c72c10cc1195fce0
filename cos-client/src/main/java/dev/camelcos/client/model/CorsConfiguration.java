package dev.camelcos.client.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A bucket's CORS configuration (PUT/GET Bucket cors): which browser origins may send which requests. */
@XmlRootElement(name = "CORSConfiguration")
public class CorsConfiguration {

    /** How many rules COS keeps for one bucket. */
    public static final int MAX_RULES = 100;

    @XmlElement(name = "CORSRule")
    private List<CorsRule> rules = new ArrayList<>();

    public CorsConfiguration() {
    }

    public CorsConfiguration(List<CorsRule> rules) {
        this.rules = new ArrayList<>(rules);
    }

    /** The rules in order; empty when the bucket has no CORS configuration. */
    public List<CorsRule> getRules() {
        return rules;
    }

    /** Checks the rules against COS's limits before anything is sent. */
    public CorsConfiguration validate() {
        if (rules.isEmpty() || rules.size() > MAX_RULES) {
            throw new IllegalArgumentException("a CORS configuration needs 1 to " + MAX_RULES + " rules, it has "
                    + rules.size());
        }
        rules.forEach(CorsRule::validate);
        return this;
    }

    @Override
    public String toString() {
        return "CorsConfiguration" + rules;
    }
}
