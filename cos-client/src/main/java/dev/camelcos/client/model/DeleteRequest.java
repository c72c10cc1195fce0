package dev.camelcos.client.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** The body of DELETE Multiple Objects (at most 1000 keys; the client splits longer lists). */
@XmlRootElement(name = "Delete")
public class DeleteRequest {

    @XmlElement(name = "Quiet")
    private boolean quiet;
    @XmlElement(name = "Object")
    private List<KeyVersion> objects = new ArrayList<>();

    DeleteRequest() {
    }

    public DeleteRequest(boolean quiet, List<KeyVersion> objects) {
        this.quiet = quiet;
        this.objects = new ArrayList<>(objects);
    }

    public boolean isQuiet() {
        return quiet;
    }

    public List<KeyVersion> getObjects() {
        return objects;
    }

    /** An object to delete: its key and, on a versioned bucket, a version. */
    public static class KeyVersion {
        @XmlElement(name = "Key")
        private String key;
        @XmlElement(name = "VersionId")
        private String versionId;

        KeyVersion() {
        }

        public KeyVersion(String key, String versionId) {
            this.key = key;
            this.versionId = versionId;
        }

        public String getKey() {
            return key;
        }

        public String getVersionId() {
            return versionId;
        }
    }
}
