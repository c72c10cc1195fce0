package dev.camelcos.client.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** POST Object restore: how many days the restored copy stays readable, and how fast to restore it. */
@XmlRootElement(name = "RestoreRequest")
public class RestoreRequest {

    /** The retrieval speeds of an archive restore. */
    public enum Tier {
        Expedited, Standard, Bulk
    }

    @XmlElement(name = "Days")
    private int days;
    @XmlElement(name = "CASJobParameters")
    private JobParameters jobParameters;

    RestoreRequest() {
    }

    public RestoreRequest(int days, Tier tier) {
        if (days < 1) {
            throw new IllegalArgumentException("restore days must be at least 1, was " + days);
        }
        this.days = days;
        this.jobParameters = new JobParameters(tier == null ? Tier.Standard : tier);
    }

    public int getDays() {
        return days;
    }

    public Tier getTier() {
        return jobParameters.tier;
    }

    static class JobParameters {
        @XmlElement(name = "Tier")
        private Tier tier;

        JobParameters() {
        }

        JobParameters(Tier tier) {
            this.tier = tier;
        }
    }
}
