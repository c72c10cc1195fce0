package dev.camelcos.component.producer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Input an operation cannot use fails the exchange with a message naming what is wrong, and nothing is sent. */
class BadInputTest extends EmulatorRouteTestSupport {

    @ParameterizedTest
    @EnumSource(names = { "putObject", "getObject", "headObject", "copyObject", "deleteObject", "restoreObject",
            "optionsObject", "initiateMultipartUpload", "uploadPart", "uploadPartCopy", "listParts",
            "completeMultipartUpload", "abortMultipartUpload", "createDownloadLink", "createUploadLink" })
    void everyObjectOperationNeedsAKey(CosOperation operation) {
        failsBeforeAnyRequest(operation, "body", Map.of())
                .hasMessage(operation + " needs an object key: set header " + CosConstants.KEY
                            + " or the endpoint option keyName");
    }

    @ParameterizedTest
    @EnumSource(names = { "uploadPart", "uploadPartCopy", "listParts", "completeMultipartUpload",
            "abortMultipartUpload" })
    void everyMultipartStepNeedsAnUploadId(CosOperation operation) {
        failsBeforeAnyRequest(operation, "body", Map.of(CosConstants.KEY, "k", CosConstants.PART_NUMBER, 1,
                CosConstants.COPY_SOURCE_KEY, "source"))
                .hasMessageContaining("header " + CosConstants.UPLOAD_ID + " is missing")
                .hasMessageContaining(operation.name());
    }

    static Stream<Arguments> badHeaders() {
        return Stream.of(
                arguments(CosOperation.putObject, Map.of(CosConstants.METADATA, Map.of("bad name", "v")),
                        List.of(CosConstants.METADATA, "'bad name'")),
                arguments(CosOperation.putObject, Map.of(CosConstants.ACL, "world-writable"),
                        List.of(CosConstants.ACL, "'world-writable'")),
                arguments(CosOperation.putObject, Map.of(CosConstants.OVERRIDE_BUCKET_NAME, "no_underscores-125"),
                        List.of(CosConstants.OVERRIDE_BUCKET_NAME, "'no_underscores-125'")),
                arguments(CosOperation.getObject, Map.of(CosConstants.IF_MODIFIED_SINCE, "yesterday"),
                        List.of(CosConstants.IF_MODIFIED_SINCE, "'yesterday'")),
                arguments(CosOperation.getObject, Map.of(CosConstants.RANGE, "items=0-1"),
                        List.of(CosConstants.RANGE, "'items=0-1'")),
                arguments(CosOperation.getObject, Map.of(CosConstants.KEY, "/leading-slash"),
                        List.of("'/leading-slash'", "must not start with '/'")),
                arguments(CosOperation.uploadPart, Map.of(CosConstants.UPLOAD_ID, "u", CosConstants.PART_NUMBER, 1,
                        CosConstants.BODY_LENGTH, -5), List.of(CosConstants.BODY_LENGTH, "-5")),
                arguments(CosOperation.completeMultipartUpload, Map.of(CosConstants.UPLOAD_ID, "u",
                        CosConstants.PARTS, "1:etag"), List.of(CosConstants.PARTS, "not a List")),
                arguments(CosOperation.completeMultipartUpload, Map.of(CosConstants.UPLOAD_ID, "u",
                        CosConstants.PARTS, List.of(Map.of("partNumber", 0, "etag", "e"))),
                        List.of(CosConstants.PARTS, "part number 0 is outside 1..10000")));
    }

    @ParameterizedTest
    @MethodSource("badHeaders")
    void aWrongHeaderValueIsNamedWithTheRuleItBreaks(CosOperation operation, Map<String, Object> headers,
            List<String> expectedInMessage) {
        Map<String, Object> withKey = new HashMap<>(headers);
        withKey.putIfAbsent(CosConstants.KEY, "bad/input");
        var failure = failsBeforeAnyRequest(operation, stream("body"), withKey);
        expectedInMessage.forEach(failure::hasMessageContaining);
    }
}
