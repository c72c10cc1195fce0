package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.xml.XmlElement;
import dev.camelcos.emulator.xml.XmlWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** One CORSRule of a bucket's CORS configuration, and how a preflight request is matched against it. */
record CorsRule(String id, List<String> origins, List<String> methods, List<String> headers, List<String> expose,
                Integer maxAgeSeconds) {

    static List<CorsRule> parse(XmlElement configuration) {
        List<XmlElement> rules = configuration.children("CORSRule");
        if (rules.isEmpty()) {
            throw EmulatorError.malformedXml("CORSConfiguration needs at least one CORSRule.");
        }
        return rules.stream().map(CorsRule::parseRule).toList();
    }

    private static CorsRule parseRule(XmlElement r) {
        List<String> origins = texts(r, "AllowedOrigin");
        List<String> methods = texts(r, "AllowedMethod").stream().map(m -> m.toUpperCase(Locale.ROOT)).toList();
        if (origins.isEmpty() || methods.isEmpty()) {
            throw EmulatorError.malformedXml("Each CORSRule needs AllowedOrigin and AllowedMethod.");
        }
        Integer maxAge;
        try {
            String v = r.childText("MaxAgeSeconds");
            maxAge = v == null || v.isEmpty() ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw EmulatorError.malformedXml("MaxAgeSeconds must be an integer.");
        }
        return new CorsRule(r.childText("ID"), origins, methods, texts(r, "AllowedHeader"), texts(r, "ExposeHeader"), maxAge);
    }

    private static List<String> texts(XmlElement parent, String name) {
        return parent.children(name).stream().map(XmlElement::text).filter(s -> !s.isEmpty()).toList();
    }

    void write(XmlWriter xml) {
        xml.start("CORSRule").element("ID", id);
        origins.forEach(o -> xml.element("AllowedOrigin", o));
        methods.forEach(m -> xml.element("AllowedMethod", m));
        headers.forEach(h -> xml.element("AllowedHeader", h));
        expose.forEach(h -> xml.element("ExposeHeader", h));
        xml.element("MaxAgeSeconds", maxAgeSeconds).end();
    }

    boolean allows(String origin, String method, List<String> requestHeaders) {
        return origins.stream().anyMatch(o -> wildcard(o, origin, false))
                && methods.contains(method)
                && requestHeaders.stream().allMatch(h -> headers.stream().anyMatch(a -> wildcard(a, h, true)));
    }

    private static boolean wildcard(String pattern, String value, boolean ignoreCase) {
        String regex = Pattern.quote(pattern).replace("*", "\\E.*\\Q");
        return Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0).matcher(value).matches();
    }
}
