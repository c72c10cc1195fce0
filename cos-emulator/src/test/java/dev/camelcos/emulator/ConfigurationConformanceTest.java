package dev.camelcos.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.exception.CosServiceException;
import com.qcloud.cos.model.AbortIncompleteMultipartUpload;
import com.qcloud.cos.model.BucketLifecycleConfiguration;
import com.qcloud.cos.model.DeleteObjectTaggingRequest;
import com.qcloud.cos.model.GetObjectTaggingRequest;
import com.qcloud.cos.model.ObjectTagging;
import com.qcloud.cos.model.SetObjectTaggingRequest;
import com.qcloud.cos.model.Tag.Tag;
import com.qcloud.cos.model.lifecycle.LifecycleFilter;
import com.qcloud.cos.model.lifecycle.LifecyclePrefixPredicate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bucket lifecycle and object tagging through the official SDK, and both surviving a restart. */
class ConfigurationConformanceTest {
    static final String BUCKET = "config-1250000000";
    @TempDir
    Path data;
    CosEmulator emulator;
    COSClient cos;

    @BeforeEach
    void start() {
        restart();
    }

    @AfterEach
    void stop() {
        cos.shutdown();
        emulator.close();
    }

    private void restart() {
        if (emulator != null) {
            stop();
        }
        emulator = CosEmulator.builder().dataDir(data).bucket(BUCKET).start();
        cos = SdkSupport.client(emulator);
    }

    @Test
    void lifecycleRulesAreStoredAndAnsweredBackUntilDeleted() {
        // the SDK answers null for COS's 404 NoSuchLifecycleConfiguration
        assertThat(cos.getBucketLifecycleConfiguration(BUCKET)).isNull();

        BucketLifecycleConfiguration.Rule rule = new BucketLifecycleConfiguration.Rule().withId("logs")
                .withFilter(new LifecycleFilter(new LifecyclePrefixPredicate("logs/")))
                .withStatus(BucketLifecycleConfiguration.ENABLED).withExpirationInDays(30)
                .withAbortIncompleteMultipartUpload(new AbortIncompleteMultipartUpload().withDaysAfterInitiation(7))
                .addTransition(new BucketLifecycleConfiguration.Transition().withDays(10)
                        .withStorageClass("STANDARD_IA"));
        cos.setBucketLifecycleConfiguration(BUCKET, new BucketLifecycleConfiguration(List.of(rule)));
        restart();

        BucketLifecycleConfiguration.Rule read = cos.getBucketLifecycleConfiguration(BUCKET).getRules().get(0);
        assertThat(read.getId()).isEqualTo("logs");
        assertThat(read.getStatus()).isEqualTo(BucketLifecycleConfiguration.ENABLED);
        assertThat(((LifecyclePrefixPredicate) read.getFilter().getPredicate()).getPrefix()).isEqualTo("logs/");
        assertThat(read.getExpirationInDays()).isEqualTo(30);
        assertThat(read.getAbortIncompleteMultipartUpload().getDaysAfterInitiation()).isEqualTo(7);
        assertThat(read.getTransitions()).singleElement().satisfies(t -> {
            assertThat(t.getDays()).isEqualTo(10);
            assertThat(t.getStorageClass()).isEqualTo("STANDARD_IA");
        });

        cos.deleteBucketLifecycleConfiguration(BUCKET);
        // the SDK answers null for COS's 404 NoSuchLifecycleConfiguration
        assertThat(cos.getBucketLifecycleConfiguration(BUCKET)).isNull();
    }

    @Test
    void aRuleWithoutActionOrWithABadStatusIsRefused() {
        BucketLifecycleConfiguration.Rule noAction = new BucketLifecycleConfiguration.Rule().withId("none")
                .withFilter(new LifecycleFilter(new LifecyclePrefixPredicate("a/")))
                .withStatus(BucketLifecycleConfiguration.ENABLED);
        assertThatThrownBy(() -> cos.setBucketLifecycleConfiguration(BUCKET,
                new BucketLifecycleConfiguration(List.of(noAction))))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.getErrorCode()).isEqualTo("MalformedXML"));
        BucketLifecycleConfiguration.Rule badStatus = new BucketLifecycleConfiguration.Rule().withId("bad")
                .withStatus("Maybe").withExpirationInDays(1);
        assertThatThrownBy(() -> cos.setBucketLifecycleConfiguration(BUCKET,
                new BucketLifecycleConfiguration(List.of(badStatus))))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.getErrorCode()).isEqualTo("MalformedXML"));
    }

    @Test
    void objectTagsAreReplacedReadDeletedCopiedAndGoWithAnOverwrite() {
        cos.putObject(BUCKET, "tagged.txt", "content");
        assertThat(tags("tagged.txt")).isEmpty();

        cos.setObjectTagging(new SetObjectTaggingRequest(BUCKET, "tagged.txt",
                new ObjectTagging(new ArrayList<>(List.of(new Tag("team", "data"), new Tag("age", "18"))))));
        restart();
        assertThat(tags("tagged.txt")).containsExactly("team=data", "age=18");
        cos.copyObject(BUCKET, "tagged.txt", BUCKET, "copied.txt");
        assertThat(tags("copied.txt")).containsExactly("team=data", "age=18");

        cos.setObjectTagging(new SetObjectTaggingRequest(BUCKET, "tagged.txt",
                new ObjectTagging(new ArrayList<>(List.of(new Tag("only", "one"))))));
        assertThat(tags("tagged.txt")).containsExactly("only=one");

        cos.deleteObjectTagging(new DeleteObjectTaggingRequest(BUCKET, "tagged.txt"));
        assertThat(tags("tagged.txt")).isEmpty();

        cos.setObjectTagging(new SetObjectTaggingRequest(BUCKET, "tagged.txt",
                new ObjectTagging(new ArrayList<>(List.of(new Tag("before", "overwrite"))))));
        cos.putObject(BUCKET, "tagged.txt", "new content");
        assertThat(tags("tagged.txt")).isEmpty();
    }

    @Test
    void tagsOfAMissingObjectOrTooManyTagsAreRefused() {
        assertThatThrownBy(() -> tags("absent.txt"))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
        cos.putObject(BUCKET, "many.txt", "content");
        List<Tag> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new Tag("k" + i, "v"));
        }
        assertThatThrownBy(() -> cos.setObjectTagging(new SetObjectTaggingRequest(BUCKET, "many.txt",
                new ObjectTagging(eleven))))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
        assertThatThrownBy(() -> cos.setObjectTagging(new SetObjectTaggingRequest(BUCKET, "many.txt",
                new ObjectTagging(new ArrayList<>(List.of(new Tag("bad<key", "v")))))))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.getErrorCode()).isEqualTo("InvalidTag"));
        assertThat(tags("many.txt")).isEmpty();
    }

    private List<String> tags(String key) {
        return cos.getObjectTagging(new GetObjectTaggingRequest(BUCKET, key)).getTagSet().stream()
                .map(t -> t.getKey() + "=" + t.getValue()).toList();
    }
}
