package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.xml.XmlElement;
import dev.camelcos.emulator.xml.XmlWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One Rule of a bucket's lifecycle configuration, as COS checks it: an ID, a Filter on the key prefix, a Status, and
 * at least one action. Each action keeps its elements in COS's order, so what GET answers is what PUT was given.
 */
record LifecycleRule(String id, String prefix, String status, List<Action> actions) {
    static final int MAX_RULES = 1000;
    static final int MAX_ID_LENGTH = 255;

    /** An action element and its children: each either a number of days, a date, or a storage class. */
    record Action(String name, List<Field> fields) {
    }

    record Field(String name, String value) {
        boolean isDays() {
            return name.endsWith("Days") || name.equals("DaysAfterInitiation");
        }
    }

    /** The actions COS knows, with the children each may have and the least number of days each accepts. */
    private static final List<ActionSpec> ACTIONS = List.of(
            new ActionSpec("Transition", List.of("Days", "Date", "StorageClass"), 0),
            new ActionSpec("Expiration", List.of("Days", "Date", "ExpiredObjectDeleteMarker"), 1),
            new ActionSpec("NoncurrentVersionTransition", List.of("NoncurrentDays", "StorageClass"), 0),
            new ActionSpec("NoncurrentVersionExpiration", List.of("NoncurrentDays"), 1),
            new ActionSpec("AbortIncompleteMultipartUpload", List.of("DaysAfterInitiation"), 1));

    private record ActionSpec(String name, List<String> fields, int minDays) {
    }

    static List<LifecycleRule> parse(XmlElement configuration) {
        List<XmlElement> rules = configuration.children("Rule");
        if (rules.isEmpty() || rules.size() > MAX_RULES) {
            throw EmulatorError.malformedXml("LifecycleConfiguration needs 1 to " + MAX_RULES + " Rule elements.");
        }
        Set<String> ids = new HashSet<>();
        List<LifecycleRule> parsed = rules.stream().map(LifecycleRule::parseRule).toList();
        for (LifecycleRule r : parsed) {
            if (r.id != null && !ids.add(r.id)) {
                throw EmulatorError.invalidArgument("Rule ID must be unique: " + r.id + " appears twice.");
            }
        }
        return parsed;
    }

    private static LifecycleRule parseRule(XmlElement r) {
        String id = r.childText("ID");
        if (id != null && id.length() > MAX_ID_LENGTH) {
            throw EmulatorError.invalidArgument("Rule ID must be at most " + MAX_ID_LENGTH + " characters.");
        }
        String status = r.childText("Status");
        if (!"Enabled".equals(status) && !"Disabled".equals(status)) {
            throw EmulatorError.malformedXml("Rule Status must be Enabled or Disabled, not " + status + ".");
        }
        XmlElement filter = r.child("Filter");
        String prefix = filter == null ? r.childText("Prefix") : filter.childText("Prefix");
        List<Action> actions = ACTIONS.stream().flatMap(spec -> r.children(spec.name).stream()
                .map(e -> parseAction(spec, e))).toList();
        if (actions.isEmpty()) {
            throw EmulatorError.malformedXml("Each Rule needs at least one action (Transition, Expiration,"
                    + " NoncurrentVersionTransition, NoncurrentVersionExpiration, AbortIncompleteMultipartUpload).");
        }
        return new LifecycleRule(id, prefix, status, actions);
    }

    private static Action parseAction(ActionSpec spec, XmlElement element) {
        List<Field> fields = spec.fields.stream().filter(f -> element.childText(f) != null)
                .map(f -> new Field(f, element.childText(f))).toList();
        if (fields.isEmpty()) {
            throw EmulatorError.malformedXml(spec.name + " needs one of " + String.join(", ", spec.fields) + ".");
        }
        fields.stream().filter(Field::isDays).forEach(f -> checkDays(spec, f));
        return new Action(spec.name, fields);
    }

    private static void checkDays(ActionSpec spec, Field field) {
        try {
            if (Integer.parseInt(field.value) >= spec.minDays) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw EmulatorError.invalidArgument(spec.name + "." + field.name + " must be an integer of at least " + spec.minDays
                + ", not " + field.value + ".");
    }

    void write(XmlWriter xml) {
        xml.start("Rule").element("ID", id).start("Filter").element("Prefix", prefix == null ? "" : prefix).end()
                .element("Status", status);
        for (Action a : actions) {
            xml.start(a.name);
            a.fields.forEach(f -> xml.element(f.name, f.value));
            xml.end();
        }
        xml.end();
    }
}
