package de.typwerk.engine.freeze;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The signature of a public API as lines of text: one line per public type (its kind, modifiers,
 * supertypes, status and, for a sealed type, what it permits) and one per public or protected
 * constructor, method and field, in a fixed order. Types and members marked
 * {@code @API(status = INTERNAL | EXPERIMENTAL)} carry no promise and are left out.
 *
 * <p>Comparing two signatures tells compatible growth (lines only added) from incompatible
 * change (a line removed or altered: a member gone, a parameter or return type changed, a record
 * component added, which changes the canonical constructor) — with one more rule: a method added
 * without a body to an interface that plugins implement ({@code de.typwerk.api.spi}) breaks every
 * implementation, so it counts as incompatible too.
 */
final class ApiSignature {

    private static final Set<API.Status> NO_PROMISE = Set.of(INTERNAL, EXPERIMENTAL);

    private ApiSignature() {
    }

    /** The signature of the public types in {@code packages} (exactly those, not sub-packages) of the class path entry that holds {@code anchor}. */
    static List<String> of(Class<?> anchor, List<String> packages) {
        Path root = rootOf(anchor);
        Set<String> lines = new TreeSet<>();
        for (String pkg : packages) {
            Path dir = root.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".class") || name.equals("package-info.class")) continue;
                    Class<?> type = load(pkg + "." + name.substring(0, name.length() - ".class".length()), anchor);
                    if (isPromised(type)) describe(type, lines);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(lines);
    }

    private static Path rootOf(Class<?> anchor) {
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) return location;
            // a jar: read it as a file system
            return java.nio.file.FileSystems.newFileSystem(location).getPath("/");
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot find the classes of " + anchor, e);
        }
    }

    private static Class<?> load(String name, Class<?> anchor) {
        try {
            return Class.forName(name, false, anchor.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Public all the way out, and not marked as carrying no promise. */
    private static boolean isPromised(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) return false;
            if (!promised(c)) return false;
        }
        return true;
    }

    private static boolean promised(AnnotatedElement element) {
        API api = element.getAnnotation(API.class);
        return api == null || !NO_PROMISE.contains(api.status());
    }

    private static void describe(Class<?> type, Set<String> lines) {
        lines.add(header(type));
        if (type.isSealed()) {
            for (Class<?> p : type.getPermittedSubclasses()) {
                lines.add(type.getName() + " permits " + p.getName());
            }
        }
        boolean extensible = !Modifier.isFinal(type.getModifiers()) && !type.isSealed() && !type.isEnum() && !type.isRecord();
        List<Member> members = new ArrayList<>();
        members.addAll(Arrays.asList(type.getDeclaredConstructors()));
        members.addAll(Arrays.asList(type.getDeclaredMethods()));
        members.addAll(Arrays.asList(type.getDeclaredFields()));
        for (Member m : members) {
            int mod = m.getModifiers();
            boolean visible = Modifier.isPublic(mod) || (Modifier.isProtected(mod) && extensible);
            if (!visible || m.isSynthetic() || (m instanceof Method method && method.isBridge())) continue;
            if (!promised((AnnotatedElement) m)) continue;
            lines.add(member(m));
        }
    }

    private static String header(Class<?> type) {
        String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
                : type.isRecord() ? "record" : "class";
        int mod = type.getModifiers() & ~(Modifier.INTERFACE | Modifier.ABSTRACT * (type.isInterface() ? 1 : 0));
        if (type.isEnum() || type.isRecord()) mod &= ~(Modifier.FINAL | Modifier.STATIC);
        StringBuilder b = new StringBuilder(type.getName()).append(" :");
        String modifiers = Modifier.toString(mod);
        if (!modifiers.isEmpty()) b.append(' ').append(modifiers);
        if (type.isSealed()) b.append(" sealed");
        b.append(' ').append(kind);
        if (type.getTypeParameters().length > 0) {
            b.append(Arrays.stream(type.getTypeParameters()).map(ApiSignature::typeParameter).collect(Collectors.joining(", ", "<", ">")));
        }
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            b.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0 && !type.isAnnotation()) {
            b.append(type.isInterface() ? " extends " : " implements ")
                    .append(Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        API api = type.getAnnotation(API.class);
        b.append(api == null ? "  [no @API]" : "  [" + api.status() + "]");
        return b.toString();
    }

    private static String typeParameter(java.lang.reflect.TypeVariable<?> v) {
        Type[] bounds = v.getBounds();
        if (bounds.length == 1 && bounds[0] == Object.class) return v.getName();
        return v.getName() + " extends " + Arrays.stream(bounds).map(Type::getTypeName).collect(Collectors.joining(" & "));
    }

    private static String member(Member m) {
        String owner = m.getDeclaringClass().getName();
        String text = m instanceof Executable e ? e.toGenericString() : ((Field) m).toGenericString();
        // the owner once at the start, so that a type's lines sort together
        return owner + " : " + text;
    }

    /** Whether {@code line} is a method without body in an interface that plugins implement. */
    static boolean isNewObligation(String line) {
        int colon = line.indexOf(" : ");
        if (colon < 0) return false;
        String owner = line.substring(0, colon);
        String member = line.substring(colon + 3);
        return owner.startsWith("de.typwerk.api.spi.") && member.startsWith("public abstract ");
    }
}
