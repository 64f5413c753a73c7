package de.typwerk.testkit;

import de.typwerk.api.model.LocalizedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Whether a strategy that says it speaks several languages (its {@code description()}) gives
 * their readers texts of their own. A message bundle with one file for two of them
 * ({@code messages.properties} without {@code messages_en.properties}) gives English readers the
 * German texts without a word of warning, since {@code ResourceBundle} falls back to the base file;
 * so does a description with one text for two languages. Looks at the {@code .properties} files
 * in and below the strategy's package, where its build put them ({@code target/classes} or its jar).
 */
final class BundleLanguages {

    /** {@code messages_en_GB.properties}: base name, language, country. */
    private static final Pattern FILE = Pattern.compile("(.+?)(?:_([a-z]{2,3})(?:_[A-Z]{2})?)?\\.properties");

    private BundleLanguages() {
    }

    /** One finding per bundle or description that serves several of the languages the strategy speaks alike. */
    static List<String> shared(Class<?> strategy, LocalizedText description, KitMessages kit) {
        SortedSet<String> spoken = new TreeSet<>(description.texts().keySet());
        List<String> findings = new ArrayList<>();
        if (spoken.size() < 2) return findings;
        SortedMap<String, String> byText = new TreeMap<>();
        for (String language : spoken) {
            String text = description.texts().get(language);
            String other = byText.putIfAbsent(text, language);
            if (other != null) findings.add(kit.get("languages.description", other, language, text));
        }
        String folder = strategy.getPackageName().replace('.', '/');
        for (Map.Entry<String, SortedSet<String>> bundle : bundles(strategy, folder).entrySet()) {
            SortedSet<String> own = bundle.getValue();
            if (!own.contains("")) continue; // no base file: a language without its own file gets no text at all, which ResourceBundle says loudly
            // a file alone that is not named as texts are (config.properties, version.properties) holds settings, not texts
            if (own.size() == 1 && !textsByName(bundle.getKey())) continue;
            List<String> alike = spoken.stream().filter(l -> !own.contains(l)).toList();
            if (alike.size() < 2) continue;
            // the base file speaks one of them, German in Typwerk's archetype: the others need files of their own
            List<String> missing = new ArrayList<>(alike);
            missing.remove(alike.contains("de") ? "de" : alike.get(0));
            List<String> files = missing.stream().map(l -> bundle.getKey() + "_" + l + ".properties").toList();
            findings.add(kit.get("languages.bundle", bundle.getKey() + ".properties", String.join(", ", alike),
                    String.join(", ", files)));
        }
        return findings;
    }

    /** Names a bundle of texts is given: {@code messages}, {@code Texts}, {@code labels}, {@code strings}, {@code i18n} in its file name. */
    private static final Pattern TEXTS = Pattern.compile("(?i).*(messages|texts|labels|strings|i18n|resources|bundle).*");

    /** Whether the file name of {@code baseName} ({@code de/x/messages}) says that it holds texts. */
    private static boolean textsByName(String baseName) {
        return TEXTS.matcher(baseName.substring(baseName.lastIndexOf('/') + 1)).matches();
    }

    /** By base name ({@code de/x/messages}), the languages with a file of their own; {@code ""} for the base file. */
    private static SortedMap<String, SortedSet<String>> bundles(Class<?> strategy, String folder) {
        SortedMap<String, SortedSet<String>> bundles = new TreeMap<>();
        for (String name : propertiesFiles(strategy, folder)) {
            Matcher file = FILE.matcher(name);
            if (!file.matches()) continue;
            bundles.computeIfAbsent(file.group(1), k -> new TreeSet<>()).add(file.group(2) == null ? "" : file.group(2));
        }
        return bundles;
    }

    /** The {@code .properties} files in and below {@code folder} where the strategy's class was loaded from. */
    private static Set<String> propertiesFiles(Class<?> strategy, String folder) {
        CodeSource source = strategy.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) return Set.of();
        Path root;
        try {
            root = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Set.of(); // not a file: nothing to look at
        }
        Set<String> names = new TreeSet<>();
        try {
            if (Files.isDirectory(root)) {
                Path start = root.resolve(folder);
                if (!Files.isDirectory(start)) return names;
                try (Stream<Path> walk = Files.walk(start)) {
                    walk.filter(p -> p.toString().endsWith(".properties") && Files.isRegularFile(p))
                            .forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
                }
            } else if (Files.isRegularFile(root)) {
                try (ZipFile jar = new ZipFile(root.toFile())) {
                    for (ZipEntry entry : Collections.list(jar.entries())) {
                        if (entry.getName().startsWith(folder + "/") && entry.getName().endsWith(".properties")) names.add(entry.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
