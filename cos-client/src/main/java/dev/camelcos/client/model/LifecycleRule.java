package dev.camelcos.client.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * One lifecycle Rule: which objects (a key prefix) and what COS does with them: move them to a colder storage class
 * after some days, delete them, and abort multipart uploads left unfinished. Setters return the rule, so that one
 * reads {@code new LifecycleRule("logs").setPrefix("logs/").expireAfterDays(30).abortIncompleteMultipartUploadAfterDays(7)}.
 */
public class LifecycleRule {

    public static final String ENABLED = "Enabled";
    public static final String DISABLED = "Disabled";
    public static final int MAX_ID_LENGTH = 255;

    @XmlElement(name = "ID")
    private String id;
    @XmlElement(name = "Filter")
    private Filter filter = new Filter();
    @XmlElement(name = "Status")
    private String status = ENABLED;
    @XmlElement(name = "Transition")
    private List<Transition> transitions = new ArrayList<>();
    @XmlElement(name = "Expiration")
    private Expiration expiration;
    @XmlElement(name = "NoncurrentVersionTransition")
    private List<NoncurrentVersionTransition> noncurrentVersionTransitions = new ArrayList<>();
    @XmlElement(name = "NoncurrentVersionExpiration")
    private NoncurrentVersionExpiration noncurrentVersionExpiration;
    @XmlElement(name = "AbortIncompleteMultipartUpload")
    private AbortIncompleteMultipartUpload abortIncompleteMultipartUpload;

    LifecycleRule() {
    }

    /** An enabled rule for the whole bucket, with no action yet. */
    public LifecycleRule(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    /** The key prefix the rule applies to; "" for every object. */
    public String getPrefix() {
        return filter == null || filter.prefix == null ? "" : filter.prefix;
    }

    public LifecycleRule setPrefix(String prefix) {
        this.filter = new Filter();
        this.filter.prefix = prefix;
        return this;
    }

    /** {@value #ENABLED} or {@value #DISABLED}. */
    public String getStatus() {
        return status;
    }

    public LifecycleRule setStatus(String status) {
        this.status = status;
        return this;
    }

    public boolean isEnabled() {
        return ENABLED.equals(status);
    }

    /** Moves objects to {@code storageClass} (e.g. STANDARD_IA, ARCHIVE) {@code days} after they were written. */
    public LifecycleRule transitionAfterDays(int days, String storageClass) {
        Transition t = new Transition();
        t.days = days;
        t.storageClass = storageClass;
        transitions.add(t);
        return this;
    }

    /** Deletes objects {@code days} after they were written. */
    public LifecycleRule expireAfterDays(int days) {
        expiration = new Expiration();
        expiration.days = days;
        return this;
    }

    /** On a versioned bucket: moves versions to {@code storageClass} {@code days} after they became noncurrent. */
    public LifecycleRule noncurrentTransitionAfterDays(int days, String storageClass) {
        NoncurrentVersionTransition t = new NoncurrentVersionTransition();
        t.noncurrentDays = days;
        t.storageClass = storageClass;
        noncurrentVersionTransitions.add(t);
        return this;
    }

    /** On a versioned bucket: deletes versions {@code days} after they became noncurrent. */
    public LifecycleRule noncurrentExpireAfterDays(int days) {
        noncurrentVersionExpiration = new NoncurrentVersionExpiration();
        noncurrentVersionExpiration.noncurrentDays = days;
        return this;
    }

    /** Aborts multipart uploads still unfinished {@code days} after they were initiated, deleting their parts. */
    public LifecycleRule abortIncompleteMultipartUploadAfterDays(int days) {
        abortIncompleteMultipartUpload = new AbortIncompleteMultipartUpload();
        abortIncompleteMultipartUpload.daysAfterInitiation = days;
        return this;
    }

    /** Transitions as (days, storage class), in order; a transition by date has null days. */
    public List<Transition> getTransitions() {
        return transitions;
    }

    /** Days after which objects are deleted, or null. */
    public Integer getExpirationDays() {
        return expiration == null ? null : expiration.days;
    }

    /** The date (ISO-8601) on which objects are deleted, for a rule set by date elsewhere, or null. */
    public String getExpirationDate() {
        return expiration == null ? null : expiration.date;
    }

    public List<NoncurrentVersionTransition> getNoncurrentVersionTransitions() {
        return noncurrentVersionTransitions;
    }

    public Integer getNoncurrentExpirationDays() {
        return noncurrentVersionExpiration == null ? null : noncurrentVersionExpiration.noncurrentDays;
    }

    /** Days after initiation at which unfinished multipart uploads are aborted, or null. */
    public Integer getAbortIncompleteMultipartUploadDays() {
        return abortIncompleteMultipartUpload == null ? null : abortIncompleteMultipartUpload.daysAfterInitiation;
    }

    void validate() {
        if (id != null && id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("lifecycle rule id '" + id + "' is " + id.length()
                    + " characters long; COS allows at most " + MAX_ID_LENGTH);
        }
        if (!ENABLED.equals(status) && !DISABLED.equals(status)) {
            throw new IllegalArgumentException("lifecycle rule " + this + " has status '" + status + "': it must be "
                    + ENABLED + " or " + DISABLED);
        }
        if (transitions.isEmpty() && expiration == null && noncurrentVersionTransitions.isEmpty()
                && noncurrentVersionExpiration == null && abortIncompleteMultipartUpload == null) {
            throw new IllegalArgumentException("lifecycle rule " + this + " has no action: give a transition, an"
                    + " expiration or an abort of incomplete multipart uploads");
        }
        transitions.forEach(t -> t.validate(this));
        noncurrentVersionTransitions.forEach(t -> t.validate(this));
        atLeast("expiration days", expiration == null ? null : expiration.days, 1);
        atLeast("noncurrent expiration days", getNoncurrentExpirationDays(), 1);
        atLeast("abort incomplete multipart upload days", getAbortIncompleteMultipartUploadDays(), 1);
    }

    private void atLeast(String what, Integer days, int min) {
        if (days != null && days < min) {
            throw new IllegalArgumentException("lifecycle rule " + this + " has " + what + " " + days
                    + ": it must be at least " + min);
        }
    }

    private void storageClass(String what, String storageClass) {
        if (storageClass == null || storageClass.isBlank()) {
            throw new IllegalArgumentException("lifecycle rule " + this + " has a " + what + " without a storage"
                    + " class (e.g. STANDARD_IA, ARCHIVE, DEEP_ARCHIVE)");
        }
    }

    @Override
    public String toString() {
        return "LifecycleRule[" + (id != null ? id : "") + " prefix '" + getPrefix() + "']";
    }

    static class Filter {
        @XmlElement(name = "Prefix")
        private String prefix;
    }

    /** Moves current objects to a colder storage class. */
    public static class Transition {
        @XmlElement(name = "Days")
        private Integer days;
        @XmlElement(name = "Date")
        private String date;
        @XmlElement(name = "StorageClass")
        private String storageClass;

        public Integer getDays() {
            return days;
        }

        public String getDate() {
            return date;
        }

        public String getStorageClass() {
            return storageClass;
        }

        void validate(LifecycleRule rule) {
            rule.atLeast("transition days", days, 0);
            rule.storageClass("transition", storageClass);
        }
    }

    /** Moves noncurrent versions to a colder storage class. */
    public static class NoncurrentVersionTransition {
        @XmlElement(name = "NoncurrentDays")
        private Integer noncurrentDays;
        @XmlElement(name = "StorageClass")
        private String storageClass;

        public Integer getNoncurrentDays() {
            return noncurrentDays;
        }

        public String getStorageClass() {
            return storageClass;
        }

        void validate(LifecycleRule rule) {
            rule.atLeast("noncurrent transition days", noncurrentDays, 0);
            rule.storageClass("noncurrent transition", storageClass);
        }
    }

    static class Expiration {
        @XmlElement(name = "Days")
        private Integer days;
        @XmlElement(name = "Date")
        private String date;
    }

    static class NoncurrentVersionExpiration {
        @XmlElement(name = "NoncurrentDays")
        private Integer noncurrentDays;
    }

    static class AbortIncompleteMultipartUpload {
        @XmlElement(name = "DaysAfterInitiation")
        private Integer daysAfterInitiation;
    }
}
