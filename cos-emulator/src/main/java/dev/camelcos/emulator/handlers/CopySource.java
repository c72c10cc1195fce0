package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.auth.UriCoding;
import dev.camelcos.emulator.error.CosError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The object named by x-cos-copy-source, in either host form or "/bucket/key" path form. */
record CopySource(String bucket, String key) {
    private static final Pattern HOST_FORM = Pattern.compile("^(?:https?://)?([a-z0-9-]+)\\.cos\\.[a-z0-9.-]+?\\.myqcloud\\.com/(.+)$");

    static CopySource parse(String header) {
        String value = header.trim();
        int question = value.indexOf('?');
        if (question >= 0) {
            VersionIds.check(value.substring(question + 1).replaceFirst("^versionId=", ""));
            value = value.substring(0, question);
        }
        Matcher m = HOST_FORM.matcher(value);
        if (m.matches()) {
            return new CopySource(m.group(1), UriCoding.decode(m.group(2)));
        }
        if (value.startsWith("/")) {
            int slash = value.indexOf('/', 1);
            if (slash > 1 && slash < value.length() - 1) {
                return new CopySource(value.substring(1, slash), UriCoding.decode(value.substring(slash + 1)));
            }
        }
        throw CosError.invalidArgument("x-cos-copy-source is not a valid source: " + header);
    }
}
