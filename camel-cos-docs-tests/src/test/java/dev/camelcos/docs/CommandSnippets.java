package dev.camelcos.docs;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelcos.benchmarks.BenchmarkArguments;
import dev.camelcos.emulator.CosEmulatorMain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks shell commands of the docs as far as they can be without Docker or a network: the modules and jars they
 * name are those the build makes, the flags they pass are taken by the program (the emulator is started with them on
 * a free port, the benchmarks parse them), and the files a recipe uses are made by an earlier step of it.
 */
final class CommandSnippets {

    private static final Pattern DEPENDENCY_COPY = Pattern.compile("-Dartifact=([\\w.-]+):([\\w.-]+):([\\w.-]+)");
    private static final Pattern FINAL_NAME = Pattern.compile("<finalName>([\\w.-]+)</finalName>");

    /** Files the recipe has written so far in its working directory. */
    private final Set<String> files = new HashSet<>();
    private final Set<String> images = new HashSet<>();
    /** The Dockerfile the recipe unpacked. */
    private String dockerfile;
    private final DocSnippet snippet;

    private CommandSnippets(DocSnippet snippet) {
        this.snippet = snippet;
    }

    static void check(DocSnippet snippet) throws Exception {
        CommandSnippets recipe = new CommandSnippets(snippet);
        List<String> commands = commands(snippet.text());
        assertThat(commands).as("commands of " + snippet).isNotEmpty();
        for (String command : commands) {
            recipe.checkCommand(command);
        }
    }

    /** The commands, continuation lines joined and comments removed. */
    static List<String> commands(String text) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.lines().toList()) {
            String code = line.replaceAll("(^|\\s)#.*$", "").strip();
            boolean continues = code.endsWith("\\");
            current.append(continues ? code.substring(0, code.length() - 1) : code).append(' ');
            if (!continues) {
                if (!current.toString().isBlank()) {
                    commands.add(current.toString().strip());
                }
                current.setLength(0);
            }
        }
        return commands;
    }

    private void checkCommand(String command) throws Exception {
        for (String part : command.split("\\s+&&\\s+")) {
            List<String> words = List.of(part.split("\\s+"));
            switch (words.get(0)) {
                case "mvn" -> maven(words);
                case "java" -> java(words);
                case "unzip" -> unzip(words);
                case "test" -> {
                    assertThat(words).as(part).hasSize(3);
                    assertThat(files).as("'%s' checks a file no earlier step of %s wrote", part, snippet)
                            .contains(words.get(2));
                }
                case "docker" -> docker(words);
                default -> throw new AssertionError(snippet + ": no check for the command '" + part + "'");
            }
        }
    }

    private void maven(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("-pl")) {
                for (String module : words.get(i + 1).split(",")) {
                    assertThat(DocSnippets.ROOT.resolve(module).resolve("pom.xml"))
                            .as("module %s of '%s'", module, String.join(" ", words)).isRegularFile();
                }
            }
        }
        if (words.contains("dependency:copy")) {
            Matcher artifact = DEPENDENCY_COPY.matcher(String.join(" ", words));
            assertThat(artifact.find()).as("-Dartifact in " + words).isTrue();
            MavenSnippets.assertBuildArtifact(artifact.group(1), artifact.group(2), artifact.group(3), snippet);
            assertThat(words).as("dependency:copy without the version in the file name").contains("-Dmdep.stripVersion=true");
            files.add(artifact.group(2) + ".jar");
        }
    }

    private void java(List<String> words) throws Exception {
        int jar = words.indexOf("-jar");
        assertThat(jar).as("java -jar in " + words).isPositive();
        Path path = Path.of(words.get(jar + 1));
        assertThat(path.getParent().getFileName().toString()).as("where %s is", path).isEqualTo("target");
        String module = path.getParent().getParent().toString();
        String pom = DocSnippets.read(module + "/pom.xml");
        Matcher finalName = FINAL_NAME.matcher(pom);
        Set<String> names = new HashSet<>();
        while (finalName.find()) {
            names.add(finalName.group(1) + ".jar");
        }
        assertThat(names).as("the jar names %s/pom.xml gives", module).contains(path.getFileName().toString());
        List<String> args = words.subList(jar + 2, words.size());
        switch (module) {
            case "cos-emulator" -> startsTheEmulator(args);
            case "benchmarks" -> BenchmarkArguments.check(args.toArray(String[]::new));
            case "examples/main" -> assertThat(args).isEmpty();
            default -> throw new AssertionError(snippet + ": no check for the arguments of " + path);
        }
    }

    private void unzip(List<String> words) throws Exception {
        // unzip -p <jar> <entry> > <file>
        assertThat(words).as(String.join(" ", words)).hasSize(6);
        assertThat(words.get(1)).isEqualTo("-p");
        String jar = words.get(2);
        assertThat(files).as("the jar of '%s' is written by an earlier step", String.join(" ", words)).contains(jar);
        URL entry = getClass().getClassLoader().getResource(words.get(3));
        assertThat(entry).as("%s on the classpath", words.get(3)).isNotNull();
        assertThat(entry.toString()).as("where %s comes from", words.get(3))
                .contains(jar.replace(".jar", "") + "/");
        assertThat(words.get(4)).isEqualTo(">");
        files.add(words.get(5));
        try (var in = entry.openStream()) {   // a directory in the reactor's test phase, a jar from package on
            dockerfile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void docker(List<String> words) throws Exception {
        if (words.get(1).equals("build")) {
            assertThat(files).as("a Dockerfile written by an earlier step").contains("Dockerfile");
            Matcher copy = Pattern.compile("(?m)^COPY (\\S+) ").matcher(dockerfile);
            while (copy.find()) {
                assertThat(files).as("the Dockerfile copies %s", copy.group(1)).contains(copy.group(1));
            }
            images.add(words.get(words.indexOf("-t") + 1));
            assertThat(words.get(words.size() - 1)).isEqualTo(".");
        } else if (words.get(1).equals("run")) {
            int port = words.indexOf("-p");
            String image = words.get(port + 2);
            assertThat(images).as("image %s built by an earlier step", image).contains(image);
            String containerPort = words.get(port + 1).split(":")[1];
            assertThat(dockerfile).contains("EXPOSE " + containerPort);
            Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]$").matcher(dockerfile);
            assertThat(entrypoint.find()).as("ENTRYPOINT of the Dockerfile").isTrue();
            List<String> args = new ArrayList<>();
            for (String word : entrypoint.group(1).split(",\\s*")) {
                args.add(word.replace("\"", ""));
            }
            assertThat(args.subList(0, 2)).containsExactly("java", "-jar");
            assertThat(args).contains("--port", containerPort);
            // inside the container the emulator listens on every address; here on loopback
            List<String> flags = new ArrayList<>(args.subList(3, args.size()));
            flags.replaceAll(flag -> flag.equals("0.0.0.0") ? "127.0.0.1" : flag);
            flags.addAll(words.subList(port + 3, words.size()));
            startsTheEmulator(flags);
        } else {
            throw new AssertionError(snippet + ": no check for " + words);
        }
    }

    /** Runs the emulator's command line with these flags (on a free port) and waits until it says it listens. */
    private void startsTheEmulator(List<String> flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "jdk.httpserver/com.sun.net.httpserver=ALL-UNNAMED", // as the jar's manifest says
                "-cp", Path.of(CosEmulatorMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .toString(), CosEmulatorMain.class.getName()));
        for (int i = 0; i < flags.size(); i++) {
            command.add(flags.get(i));
            if (flags.get(i).equals("--port") && i + 1 < flags.size()) {
                command.add("0");
                i++;
            }
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertThat(first).as("what %s printed first", command)
                    .startsWith("COS emulator listening on http://127.0.0.1:");
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
