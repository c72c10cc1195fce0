package dev.camelcos.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import dev.camelcos.emulator.CosEmulator;

/**
 * The runnable emulator jar the container image is built from: the cos-emulator jar on the classpath, or, when the
 * emulator's classes come from a directory (a build of this project), a jar assembled from them.
 */
final class EmulatorJar {

    static final String MAIN_CLASS = "dev.camelcos.emulator.CosEmulatorMain";
    /** The emulator writes COS's exact header spelling through the JDK HTTP server's internals. */
    static final String ADD_OPENS = "jdk.httpserver/com.sun.net.httpserver";

    private EmulatorJar() {
    }

    /** The path of a jar that {@code java -jar} runs as the emulator. */
    static Path locate() {
        Path classes = emulatorClasses();
        return Files.isDirectory(classes) ? assemble(classes) : classes;
    }

    private static Path emulatorClasses() {
        try {
            return Path.of(CosEmulator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the cos-emulator classes", e);
        }
    }

    /** Packs a directory of emulator classes into a runnable jar in a temporary file. */
    static Path assemble(Path classes) {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(Attributes.Name.MAIN_CLASS, MAIN_CLASS);
        attributes.put(new Attributes.Name("Add-Opens"), ADD_OPENS);
        try {
            Path jar = Files.createTempFile("cos-emulator", ".jar");
            jar.toFile().deleteOnExit();
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                 Stream<Path> tree = Files.walk(classes)) {
                for (Path file : tree.filter(Files::isRegularFile).sorted().toList()) {
                    String name = classes.relativize(file).toString().replace('\\', '/');
                    if (!name.equals("META-INF/MANIFEST.MF")) {
                        add(out, name, file);
                    }
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the emulator jar from " + classes, e);
        }
    }

    private static void add(JarOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new JarEntry(name));
        Files.copy(file, (OutputStream) out);
        out.closeEntry();
    }
}
