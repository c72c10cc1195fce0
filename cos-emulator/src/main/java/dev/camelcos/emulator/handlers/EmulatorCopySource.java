package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.auth.UriCoding;
import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.RequestParser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The object named by x-cos-copy-source, in either host form or "/bucket/key" path form, optionally one version. */
record EmulatorCopySource(String bucket, String key, String versionId) {
    private static final Pattern HOST_FORM = Pattern.compile("^(?:https?://)?([a-z0-9-]+)\\.cos\\.[a-z0-9.-]+?\\."
            + RequestParser.COS_DOMAIN + "/(.+)$");
    private static final String VERSION = "versionId=";

    static EmulatorCopySource parse(String header) {
        String value = header.trim();
        String versionId = null;
        int question = value.indexOf('?');
        if (question >= 0) {
            String query = value.substring(question + 1);
            if (!query.startsWith(VERSION) || query.length() == VERSION.length()) {
                throw EmulatorError.invalidArgument("x-cos-copy-source may only end in ?versionId=<id>: " + header);
            }
            versionId = UriCoding.decode(query.substring(VERSION.length()));
            value = value.substring(0, question);
        }
        Matcher m = HOST_FORM.matcher(value);
        if (m.matches()) {
            return new EmulatorCopySource(m.group(1), UriCoding.decode(m.group(2)), versionId);
        }
        if (value.startsWith("/")) {
            int slash = value.indexOf('/', 1);
            if (slash > 1 && slash < value.length() - 1) {
                return new EmulatorCopySource(value.substring(1, slash), UriCoding.decode(value.substring(slash + 1)), versionId);
            }
        }
        throw EmulatorError.invalidArgument("x-cos-copy-source is not a valid source: " + header);
    }
}
