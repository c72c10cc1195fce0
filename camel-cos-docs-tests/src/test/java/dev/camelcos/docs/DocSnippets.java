package dev.camelcos.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the fenced blocks of README.md, docs/*.md and docs/cos-component.adoc as they are in the repository. Each
 * block must be preceded by a marker naming how it is checked: {@code <!-- snippet: MODE name=value ... -->} on the
 * line before a Markdown fence, {@code // snippet: MODE ...} on the line before an AsciiDoc block (or its
 * {@code [source,...]} line). A block without one is returned with mode {@code null}, which the test reports.
 */
final class DocSnippets {

    /** The repository root, seen from this module's directory (where surefire runs the tests). */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern MD_FENCE = Pattern.compile("^(\\s*)```(\\w*)\\s*$");
    private static final Pattern MD_MARKER = Pattern.compile("^\\s*<!-- snippet: (.+?) -->\\s*$");
    private static final Pattern ADOC_MARKER = Pattern.compile("^// snippet: (.+)$");
    private static final Pattern ADOC_SOURCE = Pattern.compile("^\\[source,(\\w+)]$");

    private DocSnippets() {
    }

    /** The doc pages, relative to the repository root. */
    static List<String> pages() {
        List<String> pages = new ArrayList<>();
        pages.add("README.md");
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.map(p -> "docs/" + p.getFileName()).filter(p -> p.endsWith(".md") || p.endsWith(".adoc")).sorted()
                    .forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    static List<DocSnippet> all() {
        List<DocSnippet> snippets = new ArrayList<>();
        for (String page : pages()) {
            snippets.addAll(page.endsWith(".adoc") ? asciidoc(page, lines(page)) : markdown(page, lines(page)));
        }
        return snippets;
    }

    static String read(String relativePath) {
        try {
            return Files.readString(ROOT.resolve(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String page) {
        return read(page).lines().toList();
    }

    static List<DocSnippet> markdown(String page, List<String> lines) {
        List<DocSnippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = MD_FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String indent = open.group(1);
            StringBuilder text = new StringBuilder();
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                String line = lines.get(end);
                text.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalStateException(page + ":" + (i + 1) + ": a fence that is never closed");
            }
            Matcher marker = i > 0 ? MD_MARKER.matcher(lines.get(i - 1)) : null;
            snippets.add(snippet(page, i + 1, open.group(2), marker != null && marker.matches() ? marker.group(1) : null,
                    text.toString()));
            i = end;
        }
        return snippets;
    }

    static List<DocSnippet> asciidoc(String page, List<String> lines) {
        List<DocSnippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("----")) {
                continue;
            }
            int above = i - 1;
            String language = "";
            Matcher source = above >= 0 ? ADOC_SOURCE.matcher(lines.get(above)) : null;
            if (source != null && source.matches()) {
                language = source.group(1);
                above--;
            }
            StringBuilder text = new StringBuilder();
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).equals("----")) {
                text.append(lines.get(end)).append('\n');
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalStateException(page + ":" + (i + 1) + ": a listing block that is never closed");
            }
            Matcher marker = above >= 0 ? ADOC_MARKER.matcher(lines.get(above)) : null;
            snippets.add(snippet(page, i + 1, language, marker != null && marker.matches() ? marker.group(1) : null,
                    text.toString()));
            i = end;
        }
        return snippets;
    }

    private static DocSnippet snippet(String page, int line, String language, String marker, String text) {
        if (marker == null) {
            return new DocSnippet(page, line, language, null, Map.of(), text);
        }
        String[] words = marker.strip().split("\\s+", 2);
        String mode = words[0].endsWith(":") ? words[0].substring(0, words[0].length() - 1) : words[0];
        Map<String, String> attributes = new LinkedHashMap<>();
        if (words.length > 1) {
            if (mode.equals("partial")) {
                attributes.put("reason", words[1]);
            } else {
                for (String word : words[1].split("\\s+")) {
                    int eq = word.indexOf('=');
                    attributes.put(eq < 0 ? word : word.substring(0, eq), eq < 0 ? "" : word.substring(eq + 1));
                }
            }
        }
        return new DocSnippet(page, line, language, mode, attributes, text);
    }
}
