package dev.camelcos.benchmarks;

/** The benchmarks' own argument parsing (package-private there), for the commands of the docs. */
public final class BenchmarkArguments {

    private BenchmarkArguments() {
    }

    /** Throws IllegalArgumentException, as {@code java -jar benchmarks.jar} would, for arguments it does not take. */
    public static void check(String... args) {
        Settings.parse(args);
    }
}
