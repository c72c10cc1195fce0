package dev.camelcos.reliability.fuzz;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Builds answer bodies from fuzzer choices: mostly XML made of the elements COS answers contain, nested and valued
 * in ways COS never would (so the parser goes deep instead of failing at the first byte), sometimes raw bytes.
 */
final class XmlAnswers {

    static final List<String> ROOTS = List.of("Error", "ListBucketResult", "ListAllMyBucketsResult",
            "InitiateMultipartUploadResult", "CompleteMultipartUploadResult", "ListPartsResult",
            "ListMultipartUploadsResult", "DeleteResult", "CopyObjectResult", "CopyPartResult", "Unknown");
    private static final List<String> ELEMENTS = List.of("Bucket", "Buckets", "CRC64", "Code", "CommonPrefixes",
            "Contents", "CreationDate", "DeleteMarker", "DeleteMarkerVersionId", "Deleted", "Delimiter",
            "DisplayName", "ETag", "EncodingType", "Error", "ID", "Initiated", "Initiator", "IsTruncated", "Key",
            "KeyMarker", "LastModified", "Location", "Marker", "MaxKeys", "MaxParts", "MaxUploads", "Message", "Name",
            "NextKeyMarker", "NextMarker", "NextPartNumberMarker", "NextUploadIdMarker", "Owner", "Part",
            "PartNumber", "PartNumberMarker", "Prefix", "RequestId", "Resource", "Size", "StorageClass", "TraceId",
            "Upload", "UploadId", "UploadIdMarker", "VersionId");
    private static final List<String> VALUES = List.of("", "true", "false", "0", "-1", "1001",
            "99999999999999999999", "url", "%", "%zz", "%E4%B8%AD", "a%2Fb%20c", "%ff%fe", "+",
            "2024-01-01T00:00:00.000Z", "not a date", "&amp;", "&#0;", "&#x1F600;", "<![CDATA[x<y]]>", "&undefined;",
            "&lt;Key&gt;", "\"etag\"", "NoSuchKey", "InternalError", "SlowDown", "a".repeat(5000));
    private static final String XXE = "<!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
    private static final int MAX_DEPTH = 3;

    private XmlAnswers() {
    }

    static byte[] body(FuzzedDataProvider data) {
        int form = data.consumeInt(0, 7);
        if (form == 0) {
            return data.consumeBytes(4096);
        }
        StringBuilder xml = new StringBuilder();
        if (form == 1) {
            xml.append(" \n\t ");
        }
        if (form == 2) {
            xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        }
        if (form == 3) {
            xml.append(XXE);
        }
        element(data, xml, data.pickValue(ROOTS), 0);
        if (form == 4) {
            xml.setLength(data.consumeInt(0, xml.length()));
        }
        return xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void element(FuzzedDataProvider data, StringBuilder xml, String name, int depth) {
        xml.append('<').append(name).append('>');
        int children = depth >= MAX_DEPTH ? 0 : data.consumeInt(0, 6);
        if (children == 0) {
            xml.append(value(data));
        }
        for (int i = 0; i < children; i++) {
            element(data, xml, data.pickValue(ELEMENTS), depth + 1);
        }
        xml.append("</").append(name).append('>');
    }

    private static String value(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> data.consumeString(40);
            case 1 -> "&e;";
            default -> data.pickValue(VALUES);
        };
    }
}
