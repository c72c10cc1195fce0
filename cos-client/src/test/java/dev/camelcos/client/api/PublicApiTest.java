package dev.camelcos.client.api;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.camelcos.client.CosClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client's public API is what users and the Camel component program against: it must not tie them to OkHttp,
 * Okio or the client's internals, so that the transport can change without breaking them.
 */
class PublicApiTest {

    private static final List<String> FORBIDDEN = List.of("okhttp3.", "okio.", "dev.camelcos.client.internal.");

    @Test
    void noPublicSignatureOutsideTheInternalPackageNamesOkHttpOkioOrInternalTypes() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : publicApiClasses()) {
            check(leaks, type + " extends", type.getGenericSuperclass());
            for (Type i : type.getGenericInterfaces()) {
                check(leaks, type + " implements", i);
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(leaks, type.getName() + "." + f.getName(), f.getGenericType());
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(c.getModifiers())) {
                    checkAll(leaks, c.toGenericString(), c.getGenericParameterTypes(), c.getGenericExceptionTypes());
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) {
                    check(leaks, m.toGenericString(), m.getGenericReturnType());
                    checkAll(leaks, m.toGenericString(), m.getGenericParameterTypes(), m.getGenericExceptionTypes());
                }
            }
        }
        assertThat(leaks).as("public signatures that expose OkHttp, Okio or internal types").isEmpty();
    }

    @Test
    void theScanSeesTheWholeApi() throws Exception {
        // guards the test above against scanning nothing
        assertThat(publicApiClasses()).contains(CosClient.class).hasSizeGreaterThan(60);
    }

    @Test
    void theClientsClasspathHasNoCamel() {
        assertThatThrownBy(() -> Class.forName("org.apache.camel.CamelContext"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void checkAll(List<String> leaks, String where, Type[]... typeLists) {
        for (Type[] types : typeLists) {
            for (Type t : types) {
                check(leaks, where, t);
            }
        }
    }

    private static void check(List<String> leaks, String where, Type type) {
        if (type == null) {
            return;
        }
        if (type instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            String name = c.getName();
            if (FORBIDDEN.stream().anyMatch(name::startsWith)) {
                leaks.add(where + " -> " + name);
            }
        } else if (type instanceof ParameterizedType p) {
            check(leaks, where, p.getRawType());
            for (Type a : p.getActualTypeArguments()) {
                check(leaks, where, a);
            }
        } else if (type instanceof GenericArrayType g) {
            check(leaks, where, g.getGenericComponentType());
        } else if (type instanceof WildcardType w) {
            checkAll(leaks, where, w.getUpperBounds(), w.getLowerBounds());
        } else if (type instanceof TypeVariable<?> v) {
            // a self-typed bound (T extends Conditions<T>) would recurse for ever: its raw types are enough
            for (Type bound : v.getBounds()) {
                check(leaks, where, bound instanceof ParameterizedType p ? p.getRawType() : bound);
            }
        }
    }

    /** Every public class of the client's main output outside {@code internal}, nested ones included. */
    private static List<Class<?>> publicApiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(CosClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.startsWith("dev.camelcos.client.internal.") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
                if (isPublicApi(type)) {
                    result.add(type);
                }
            }
        }
        return result;
    }

    private static boolean isPublicApi(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }
}
