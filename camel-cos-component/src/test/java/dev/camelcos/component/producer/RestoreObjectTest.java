package dev.camelcos.component.producer;

import java.util.Map;

import com.qcloud.cos.model.ObjectMetadata;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class RestoreObjectTest extends EmulatorRouteTestSupport {

    private void putArchived(String key) {
        cosOk(CosOperation.putObject, "cold data", Map.of(CosConstants.KEY, key, CosConstants.OVERRIDE_STORAGE_CLASS, "ARCHIVE"));
    }

    @Test
    void restoresAnArchivedObjectAndHeadObjectTellsItIsReadable() {
        putArchived("archive/restore-me");

        cosOk(CosOperation.restoreObject, null, Map.of(CosConstants.KEY, "archive/restore-me",
                CosConstants.RESTORE_DAYS, 2, CosConstants.RESTORE_TIER, "Expedited"));

        ObjectMetadata restored = sdk.getObjectMetadata(BUCKET, "archive/restore-me");
        assertThat(restored.getOngoingRestore()).isFalse();
        assertThat(restored.getRestoreExpirationTime()).isNotNull();
        Exchange head = cosOk(CosOperation.headObject, null, Map.of(CosConstants.KEY, "archive/restore-me"));
        assertThat(head.getMessage().getHeader(CosConstants.RESTORE, String.class))
                .contains("ongoing-request=\"false\"");
        assertThat(head.getMessage().getHeader(CosConstants.STORAGE_CLASS)).isEqualTo("ARCHIVE");
    }

    @Test
    void theKeyHeaderOverridesKeyName() {
        putArchived("archive/by-header");

        Exchange result = template.send("cos:" + BUCKET + "?operation=restoreObject&keyName=archive/not-this-one",
                e -> {
                    e.getMessage().setHeader(CosConstants.KEY, "archive/by-header");
                    e.getMessage().setHeader(CosConstants.RESTORE_DAYS, "1");
                });

        assertThat(result.getException()).isNull();
        assertThat(sdk.getObjectMetadata(BUCKET, "archive/by-header").getRestoreExpirationTime()).isNotNull();
    }

    @Test
    void restoringAStandardObjectFailsWithTheServiceError() {
        sdkPut(BUCKET, "archive/standard", "warm");

        Exchange result = cos(CosOperation.restoreObject, null,
                Map.of(CosConstants.KEY, "archive/standard", CosConstants.RESTORE_DAYS, 1));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class,
                e -> assertThat(e.errorCode()).isEqualTo("InvalidObjectState"));
    }

    @Test
    void missingDaysOrAnUnknownTierFailBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.restoreObject, null, Map.of(CosConstants.KEY, "archive/x"))
                .hasMessageContaining(CosConstants.RESTORE_DAYS).hasMessageContaining("missing");
        failsBeforeAnyRequest(CosOperation.restoreObject, null,
                Map.of(CosConstants.KEY, "archive/x", CosConstants.RESTORE_DAYS, 0))
                .hasMessageContaining(CosConstants.RESTORE_DAYS).hasMessageContaining("at least 1");
        failsBeforeAnyRequest(CosOperation.restoreObject, null,
                Map.of(CosConstants.KEY, "archive/x", CosConstants.RESTORE_DAYS, 1, CosConstants.RESTORE_TIER, "Fast"))
                .hasMessageContaining(CosConstants.RESTORE_TIER).hasMessageContaining("'Fast'")
                .hasMessageContaining("Expedited");
    }
}
