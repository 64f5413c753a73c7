package de.typwerk.engine.i18n;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * User-facing engine text in one language, from the bundle {@code de/typwerk/engine/i18n/messages}
 * (German default, English). Keys are stable; code never builds user sentences from literals.
 *
 * <p>The one way Typwerk reads its text bundles: a floor above the kernel has a bundle of its own
 * and puts it in front of the one of the floor it builds on ({@link #over}), e.g. the CLI's over
 * the presentation's. A key is looked up from the top down.
 */
@API(status = INTERNAL, since = "1.0")
public final class Messages {

    private static final String BUNDLE = "de.typwerk.engine.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** The bundles read, by the loader they came from (weakly: a loader that goes takes its bundles). */
    private static final Map<ClassLoader, Map<String, ResourceBundle>> BUNDLES = new WeakHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Optional<Messages> below;

    public Messages(Locale locale) {
        this(BUNDLE, Messages.class.getClassLoader(), locale);
    }

    /**
     * The messages of another module's bundle (e.g. the interop module's), with the same lookup
     * and formatting rules: no fallback to the JVM's language, a missing key is a bug.
     */
    public Messages(String bundleName, ClassLoader loader, Locale locale) {
        this(bundleName, loader, locale, Optional.empty());
    }

    private Messages(String bundleName, ClassLoader loader, Locale locale, Optional<Messages> below) {
        this.locale = locale;
        this.bundle = bundle(bundleName, loader, locale);
        this.below = below;
    }

    /**
     * The properties bundle {@code bundleName} for {@code locale}, without a fallback to the JVM's
     * language, looked up here rather than by {@code ResourceBundle.getBundle} with a
     * {@code Control}, which a named module may not call: an application that puts Typwerk's jars
     * on the module path got an {@code UnsupportedOperationException} from {@code build()}.
     */
    private static ResourceBundle bundle(String bundleName, ClassLoader loader, Locale locale) {
        Map<String, ResourceBundle> known;
        synchronized (BUNDLES) {
            known = BUNDLES.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
        }
        return known.computeIfAbsent(bundleName + "|" + locale.toLanguageTag(), k -> load(bundleName, loader, locale));
    }

    private static ResourceBundle load(String bundleName, ClassLoader loader, Locale locale) {
        List<Locale> candidates = new ArrayList<>(NO_FALLBACK.getCandidateLocales(bundleName, locale));
        Collections.reverse(candidates);   // the base first, each more specific one its child
        ResourceBundle found = null;
        for (Locale candidate : candidates) {
            String resource = NO_FALLBACK.toResourceName(NO_FALLBACK.toBundleName(bundleName, candidate), "properties");
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) continue;
                ResourceBundle parent = found;
                found = new PropertyResourceBundle(in) {
                    {
                        if (parent != null) setParent(parent);
                    }
                };
            } catch (IOException e) {
                throw new UncheckedIOException("The messages " + resource + " cannot be read", e);
            }
        }
        if (found == null) throw new MissingResourceException("No messages " + bundleName + " for " + locale, bundleName, "");
        return found;
    }

    /** These messages with {@code bundleName}'s in front: its keys first, then these. */
    public Messages over(String bundleName, ClassLoader loader) {
        return new Messages(bundleName, loader, locale, Optional.of(this));
    }

    /** The top bundle alone (the one named last with {@link #over}), e.g. for picocli's help texts. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** Every key, of every bundle in the chain. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>(bundle.keySet());
        below.ifPresent(b -> keys.addAll(b.keys()));
        return keys;
    }

    /** The language tag used for localized definition texts: {@code de} or {@code en}. */
    public String language() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    /** The message for {@code key}, with {@code args} set in ({@link MessageFormat} syntax). */
    public String get(String key, Object... args) {
        String pattern = pattern(key).orElseThrow(() -> new IllegalStateException("no message '" + key + "' for " + locale));
        if (args.length == 0) return pattern;
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
        return format.format(args);
    }

    private Optional<String> pattern(String key) {
        if (bundle.containsKey(key)) return Optional.of(bundle.getString(key));
        return below.flatMap(b -> b.pattern(key));
    }
}
