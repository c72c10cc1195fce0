package dev.camelcos.client;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CosValidationTest {

    /** The rule as COS documents it, BucketName-APPID; the validator reads it without a regular expression. */
    private static final Pattern BUCKET_RULE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*-[0-9]+");

    @ParameterizedTest
    @ValueSource(strings = {"examplebucket-1250000000", "a-1", "my-2-buckets-1250000000", "0-0"})
    void acceptsBucketNameDashAppId(String bucket) {
        assertThat(CosValidation.bucket(bucket)).isEqualTo(bucket);
    }

    @ParameterizedTest
    @ValueSource(strings = {"examplebucket", "-a-1", "a--1", "a-1-", "a-12x", "Upper-1", "a_b-1", "a.b-1", "-1", "a-"})
    void refusesWhatIsNotBucketNameDashAppId(String bucket) {
        assertThatThrownBy(() -> CosValidation.bucket(bucket)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + bucket + "' is invalid").hasMessageContaining("BucketName-APPID");
    }

    @Test
    void agreesWithTheDocumentedRuleOnEveryShortName() {
        Random random = new Random(7);
        String alphabet = "ab09-_A";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = 1 + random.nextInt(8); i > 0; i--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String bucket = name.toString();
            boolean valid;
            try {
                CosValidation.bucket(bucket);
                valid = true;
            } catch (IllegalArgumentException refused) {
                valid = false;
            }
            assertThat(valid).as(bucket).isEqualTo(BUCKET_RULE.matcher(bucket).matches());
        }
    }
}
