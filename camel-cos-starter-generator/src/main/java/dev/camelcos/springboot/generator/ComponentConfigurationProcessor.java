package dev.camelcos.springboot.generator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.JsonMapper;

/**
 * Writes a component's Spring Boot configuration class and its additional metadata from the component JSON that
 * {@link GenerateComponentConfiguration} names, read from the class path being compiled (so the processor must be
 * found on that class path, not on a separate processor path). The class is compiled in the
 * same build, and Spring Boot's configuration processor (also on the path) describes it in the next round, so a new
 * component option reaches the starter, its metadata and the IDE without any hand-kept copy.
 */
@SupportedAnnotationTypes("dev.camelcos.springboot.generator.GenerateComponentConfiguration")
public class ComponentConfigurationProcessor extends AbstractProcessor {

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(GenerateComponentConfiguration.class)) {
            String json = element.getAnnotation(GenerateComponentConfiguration.class).value();
            try {
                generate(element, readModel(json));
            } catch (FileNotFoundException e) {
                error(element, "No class path resource " + json
                               + ": the component that ships it must be a dependency of this module");
            } catch (IOException | RuntimeException e) {
                error(element, "Cannot generate the configuration class from " + json + ": " + e.getMessage());
            }
        }
        return true;
    }

    private ComponentModel readModel(String json) throws IOException {
        // the Filer cannot: javac's class path index of a jar leaves out META-INF, which is no package
        URL resource = getClass().getClassLoader().getResource(json);
        if (resource == null) {
            throw new FileNotFoundException(json);
        }
        try (InputStream in = resource.openStream()) {
            return JsonMapper.generateComponentModel(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void generate(Element origin, ComponentModel model) throws IOException {
        String packageName = processingEnv.getElementUtils().getPackageOf(origin).getQualifiedName().toString();
        String className = model.getJavaType().substring(model.getJavaType().lastIndexOf('.') + 1) + "Configuration";
        String prefix = "camel.component." + model.getScheme();
        List<StarterProperty> properties = model.getComponentOptions().stream().map(StarterProperty::of).toList();

        try (Writer source = processingEnv.getFiler().createSourceFile(packageName + "." + className, origin)
                .openWriter()) {
            source.write(ConfigurationClassSource.write(packageName, className, prefix, model.getDescription(),
                    properties));
        }
        // written beside the Filer: Spring Boot's processor reads this file through the Filer when processing is
        // over, which javac refuses for a file the Filer created in the same compilation
        Path metadata = Path.of(processingEnv.getFiler()
                .getResource(StandardLocation.CLASS_OUTPUT, "", AdditionalMetadata.RESOURCE).toUri());
        Files.createDirectories(metadata.getParent());
        Files.writeString(metadata, AdditionalMetadata.write(prefix, model.getScheme(), properties));
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
