package dev.camelcos.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The results as a table, plain text for the console or Markdown for docs/performance.md: one row per profile and
 * scenario with each client's figure, the profile's limit, camel-cos's fraction of it and whether the target was met;
 * the reasons for missing figures and other notes below.
 */
final class ResultsTable {

    private record Column(String title, Function<ScenarioResult, String> cell) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("profile", ScenarioResult::profile),
            new Column("scenario", ScenarioResult::name),
            new Column("unit", ScenarioResult::unit),
            new Column("camel-cos", r -> number(r.camelCos())),
            new Column("SDK same threads", r -> number(r.sdkSameThreads())),
            new Column("SDK defaults", r -> number(r.sdkDefaults())),
            new Column("raw OkHttp", r -> number(r.rawOkhttp())),
            new Column("limit", r -> number(r.limit())),
            new Column("of limit", r -> percent(r.fractionOfLimit())),
            new Column("vs SDK defaults", r -> ratio(r.ratioVsSdkDefaults())),
            new Column("met", ScenarioResult::verdict),
            new Column("target", r -> r.target().text()));

    private ResultsTable() {
    }

    static String format(List<ScenarioResult> results) {
        List<List<String>> rows = rows(results, false);
        int[] widths = new int[COLUMNS.size()];
        rows.forEach(row -> {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        StringBuilder table = new StringBuilder();
        rows.forEach(row -> {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s  ", row.get(i)));
            }
            table.append(line.toString().stripTrailing()).append('\n');
        });
        notes(results, table, "%n%s %s: %s");
        return table.toString();
    }

    static String markdown(List<ScenarioResult> results) {
        StringBuilder table = new StringBuilder();
        List<List<String>> rows = rows(results, true);
        rows.add(1, COLUMNS.stream().map(c -> "---").toList());
        rows.forEach(row -> table.append("| ").append(String.join(" | ", row)).append(" |\n"));
        table.append('\n');
        notes(results, table, "- %s %s: %s%n");
        return table.toString();
    }

    /** The titles, then one row per result; in Markdown a missed target stands out. */
    private static List<List<String>> rows(List<ScenarioResult> results, boolean markdown) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS.stream().map(Column::title).toList());
        results.forEach(r -> rows.add(COLUMNS.stream().map(c -> {
            String text = c.cell().apply(r);
            return markdown && text.equals("missed") ? "**missed**" : text;
        }).toList()));
        return rows;
    }

    private static void notes(List<ScenarioResult> results, StringBuilder out, String format) {
        results.stream().filter(r -> r.note() != null || !r.others().isEmpty()).forEach(r -> {
            List<String> parts = new ArrayList<>();
            r.others().forEach((name, figure) -> parts.add(name + ": " + number(figure) + " " + r.unit()));
            if (r.note() != null) {
                parts.add(r.note());
            }
            out.append(String.format(Locale.ROOT, format, r.profile(), r.name(), String.join("; ", parts)));
        });
    }

    static String number(Double value) {
        if (value == null) {
            return "-";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.1f", value);
    }

    private static String ratio(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2fx", value);
    }

    private static String percent(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.0f %%", value * 100);
    }
}
