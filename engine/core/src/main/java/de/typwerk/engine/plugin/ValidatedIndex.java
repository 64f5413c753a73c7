package de.typwerk.engine.plugin;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Version;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.variant.ResolvedDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * That a definition a plugin ships was validated when the plugin was built: a small file beside
 * it ({@code questionnaires/x.yaml.validated}) with the definition's SHA-256, the engine version
 * that validated it, and the id and version of every strategy it names. When all of these still
 * hold as the plugin loads (the bytes read have that hash, this engine has that version, the
 * strategies loaded have those versions) and the definition read without any problem, the
 * platform takes it as valid without validating it again; otherwise it validates it as always.
 * Only a definition that validated without a single problem (no warning either)
 * is recorded (a variant with the content hashes of the bases it was resolved on). Files a user passes to {@code validate} are always validated.
 *
 * <p>{@code de.typwerk.engine.ValidatedDefinitions} writes the records into a plugin's build
 * output; the parent POM runs it for each of Typwerk's questionnaire plugins (docs/architecture.md, "Start-up of the command line").
 */
public final class ValidatedIndex {

    /** What follows a definition's path to name its record. */
    public static final String SUFFIX = ".validated";

    private static final String VERSION_RESOURCE = "/de/typwerk/engine/plugin/engine.properties";

    /** This engine's version, as its build wrote it; {@code ""} when unknown (then nothing is trusted). */
    static final String ENGINE_VERSION = engineVersion();

    private ValidatedIndex() {
    }

    /**
     * What a record says.
     *
     * @param sha256     the definition's SHA-256, lower-case hex
     * @param engine     the version of the engine that validated it
     * @param strategies the version of each strategy it names, by id
     * @param bases      for a variant: the content hashes of the base it was resolved on and of
     *                   that base's own bases, nearest first; empty for a complete definition
     */
    record Record(String sha256, String engine, Map<String, String> strategies, List<String> bases) {

        /**
         * Whether {@code read} is the definition this record was made for, read without a problem,
         * by this engine, with the strategies it names loaded in the recorded versions, and (for a
         * variant) resolved on the same base.
         *
         * @param loaded the versions of the strategies loaded, by id
         * @param base   the base a variant is being resolved on; {@code null} for a complete definition
         */
        boolean holds(DefinitionRead read, Map<String, Version> loaded, ResolvedDefinition base) {
            try {
                if (ENGINE_VERSION.isEmpty() || !ENGINE_VERSION.equals(engine)) return false;
                if (!read.ok() || !read.problems().isEmpty() || !read.contentHash().equals("sha256:" + sha256)) return false;
                Questionnaire q = read.questionnaire().orElseThrow();
                if (q.isVariant() != (base != null) || !bases.equals(base == null ? List.of() : hashes(base))) return false;
                // the strategies it names are a matter of its bytes (and its bases'), checked above
                return strategies.entrySet().stream().allMatch(s -> loaded.containsKey(s.getKey())
                        && loaded.get(s.getKey()).toString().equals(s.getValue()));
            } catch (RuntimeException e) {
                // whatever does not add up is validated
                return false;
            }
        }

        /** Parses a record; empty if it is not one. */
        static Optional<Record> parse(byte[] bytes) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
            String sha256 = p.getProperty("sha256", "");
            String engine = p.getProperty("engine", "");
            if (!sha256.matches("[0-9a-f]{64}") || engine.isEmpty()) return Optional.empty();
            Map<String, String> strategies = new TreeMap<>();
            for (String s : p.getProperty("strategies", "").split(",")) {
                if (s.isBlank()) continue;
                int at = s.strip().lastIndexOf('@');
                if (at <= 0) return Optional.empty();
                strategies.put(s.strip().substring(0, at), s.strip().substring(at + 1));
            }
            List<String> bases = new ArrayList<>();
            for (String b : p.getProperty("bases", "").split(",")) {
                if (!b.isBlank()) bases.add(b.strip());
            }
            return Optional.of(new Record(sha256, engine, strategies, List.copyOf(bases)));
        }

        String text() {
            return "# written when the plugin was built: this definition validated without a problem\n" + fields();
        }

        String fields() {
            StringBuilder named = new StringBuilder();
            strategies.forEach((id, version) -> named.append(named.length() == 0 ? "" : ",").append(id).append('@').append(version));
            return "sha256=" + sha256 + "\nengine=" + engine + "\nstrategies=" + named + "\n"
                    + (bases.isEmpty() ? "" : "bases=" + String.join(",", bases) + "\n");
        }
    }

    /** Where a plugin's build records that the parameters schema of its strategy {@code className} is a JSON Schema. */
    public static String schemaRecordPath(String className) {
        return "META-INF/typwerk/validated/" + className + SUFFIX;
    }

    /**
     * The text of a record that a strategy's parameters schema passed the meta-schema check.
     *
     * @param schemaText the schema as the strategy gives it
     */
    public static String schemaRecordText(String schemaText) {
        return "# written when the plugin was built: this strategy's parameters schema is a JSON Schema (2020-12)\n"
                + new Record(sha256(schemaText.getBytes(StandardCharsets.UTF_8)), ENGINE_VERSION, Map.of(), List.of()).fields();
    }

    /**
     * Whether the plugin in {@code root} was built with a record that the parameters schema of
     * its strategy {@code className}, exactly {@code schemaText}, passed the meta-schema check of
     * this engine's version: then it is not checked again.
     */
    static boolean schemaChecked(PluginRoot root, String className, String schemaText) {
        try {
            Optional<Record> record = root.read(schemaRecordPath(className), 4096).flatMap(Record::parse);
            return record.isPresent() && !ENGINE_VERSION.isEmpty() && ENGINE_VERSION.equals(record.get().engine())
                    && record.get().sha256().equals(sha256(schemaText.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The record beside {@code path} in {@code root}; empty when there is none or it does not read. */
    static Optional<Record> find(PluginRoot root, String path) {
        try {
            return root.read(path + SUFFIX, 4096).flatMap(Record::parse);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The strategies {@code q} names: its own and those of its alternatives. */
    public static java.util.Set<String> named(Questionnaire q) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        q.scoring().ifPresent(scoring -> {
            ids.addAll(scoring.alternatives().keySet());
            if (scoring.strategy() != null) ids.add(scoring.strategy());
        });
        return ids;
    }

    /**
     * The text of a record.
     *
     * @param sha256     the definition's SHA-256, lower-case hex
     * @param strategies the version of each strategy it names, by id
     * @param bases      for a variant, the content hashes of its bases, nearest first; else empty
     */
    public static String record(String sha256, Map<String, String> strategies, List<String> bases) {
        return new Record(sha256, ENGINE_VERSION, new TreeMap<>(strategies), List.copyOf(bases)).text();
    }

    /** The content hashes of {@code base} and of its own bases, nearest first. */
    private static List<String> hashes(ResolvedDefinition base) {
        List<String> hashes = new ArrayList<>();
        hashes.add(base.contentHash());
        base.bases().forEach(b -> hashes.add(b.contentHash()));
        return hashes;
    }

    /** {@return the SHA-256 of {@code bytes}, lower-case hex} */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String engineVersion() {
        try (InputStream in = ValidatedIndex.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) return "";
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "");
            return version.startsWith("${") ? "" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
