package dev.camelcos.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ScaleNode} in a JVM of its own, on this JVM's class path, with its standard output and error in a log file
 * beside its output file.
 */
public final class NodeProcess implements AutoCloseable {

    private final NodeSettings settings;
    private final Path log;
    private final Process process;

    private NodeProcess(NodeSettings settings, Path log, Process process) {
        this.settings = settings;
        this.log = log;
        this.process = process;
    }

    /** Starts a node; {@link #awaitReady} waits until its route runs. */
    public static NodeProcess start(NodeSettings settings) throws IOException {
        Path log = settings.output().resolveSibling(settings.output().getFileName() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), ScaleNode.class.getName()));
        command.addAll(settings.toArgs());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new NodeProcess(settings, log, process);
    }

    /** Waits until the node printed {@link ScaleNode#READY}, or fails with its log when it died or took too long. */
    public NodeProcess awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(ScaleNode.READY)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("node " + settings.output().getFileName() + " did not start"
                        + (process.isAlive() ? " in " + timeout : " (exit " + process.exitValue() + ")") + "; its log:\n"
                        + tail());
            }
            Thread.sleep(50);
        }
        return this;
    }

    /** The keys the node processed so far, in order, each time it processed one. */
    public List<String> processed() {
        try {
            return Files.exists(settings.output()) ? Files.readAllLines(settings.output(), StandardCharsets.UTF_8)
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kill -9: no shutdown hook runs, the node's claims stay as they were. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last part of the node's log, for failure messages. */
    public String tail() throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.substring(Math.max(0, text.length() - 4000));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
