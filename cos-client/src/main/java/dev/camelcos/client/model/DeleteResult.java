package dev.camelcos.client.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** What DELETE Multiple Objects answered: the keys deleted and the keys that failed, with why. */
@XmlRootElement(name = "DeleteResult")
public class DeleteResult {

    @XmlElement(name = "Deleted")
    private List<Deleted> deleted = new ArrayList<>();
    @XmlElement(name = "Error")
    private List<Failed> errors = new ArrayList<>();

    /** Merges the answers of several requests (lists over 1000 keys are sent in slices). */
    public DeleteResult add(DeleteResult other) {
        deleted.addAll(other.deleted);
        errors.addAll(other.errors);
        return this;
    }

    public List<Deleted> getDeleted() {
        return deleted;
    }

    public List<Failed> getErrors() {
        return errors;
    }

    public List<String> getDeletedKeys() {
        return deleted.stream().map(Deleted::getKey).toList();
    }

    /** The counts, then the keys that failed with why (the deleted keys may be many, and are all alike). */
    @Override
    public String toString() {
        return "DeleteResult[deleted=" + deleted.size() + ", failed=" + errors.size()
                + (errors.isEmpty() ? "" : ", errors=" + errors) + "]";
    }

    public static class Deleted {
        @XmlElement(name = "Key")
        private String key;
        @XmlElement(name = "VersionId")
        private String versionId;
        @XmlElement(name = "DeleteMarker")
        private Boolean deleteMarker;
        @XmlElement(name = "DeleteMarkerVersionId")
        private String deleteMarkerVersionId;

        public String getKey() {
            return key;
        }

        public String getVersionId() {
            return versionId;
        }

        public boolean isDeleteMarker() {
            return Boolean.TRUE.equals(deleteMarker);
        }

        public String getDeleteMarkerVersionId() {
            return deleteMarkerVersionId;
        }

        @Override
        public String toString() {
            return key;
        }
    }

    public static class Failed {
        @XmlElement(name = "Key")
        private String key;
        @XmlElement(name = "VersionId")
        private String versionId;
        @XmlElement(name = "Code")
        private String code;
        @XmlElement(name = "Message")
        private String message;

        public String getKey() {
            return key;
        }

        public String getVersionId() {
            return versionId;
        }

        public String getCode() {
            return code;
        }

        public String getMessage() {
            return message;
        }

        @Override
        public String toString() {
            return key + ": " + code + (message != null ? " (" + message + ")" : "");
        }
    }
}
