package dev.camelcos.component.consumer;

import java.util.regex.Pattern;

/**
 * The doneFileName rule: an object is consumed only once a marker object exists beside it (same "folder"), named by
 * a template in which {@code ${file:name}} stands for the object's name and {@code ${file:name.noext}} for that name
 * without its extension. Keys that are themselves markers are never consumed.
 */
final class DoneMarker {

    static final String NAME = "${file:name}";
    static final String NAME_NOEXT = "${file:name.noext}";

    private final String template;
    /** Matches the name (last key segment) of any marker the template can produce. */
    private final Pattern markerName;

    /**
     * @throws IllegalArgumentException when the template is not a name (contains '/') or uses another placeholder
     */
    DoneMarker(String template) {
        String rest = template.replace(NAME_NOEXT, "").replace(NAME, "");
        if (rest.contains("/")) {
            throw invalid(template, "must be a name, without '/': the marker is looked for beside each object");
        }
        if (rest.contains("${")) {
            throw invalid(template, "may only use the placeholders " + NAME + " and " + NAME_NOEXT);
        }
        if (template.equals(NAME)) {
            throw invalid(template, "would name every object its own marker: add a suffix, e.g. " + NAME + ".done");
        }
        this.template = template;
        this.markerName = Pattern.compile(("\\Q" + template + "\\E").replace(NAME_NOEXT, "\\E.+\\Q")
                .replace(NAME, "\\E.+\\Q"));
    }

    /** The key of the marker that lets {@code key} be consumed. */
    String markerKey(String key) {
        int slash = key.lastIndexOf('/');
        String name = key.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String noext = dot > 0 ? name.substring(0, dot) : name;
        return key.substring(0, slash + 1) + template.replace(NAME_NOEXT, noext).replace(NAME, name);
    }

    /** Whether {@code key} is a marker rather than an object to consume. */
    boolean isMarker(String key) {
        return markerName.matcher(key.substring(key.lastIndexOf('/') + 1)).matches();
    }

    private static IllegalArgumentException invalid(String template, String rule) {
        return new IllegalArgumentException("Invalid cos option doneFileName=" + template + ": " + rule);
    }
}
