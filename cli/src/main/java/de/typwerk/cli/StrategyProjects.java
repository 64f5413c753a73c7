package de.typwerk.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * Where the strategy a plugin project's definition names is likely built: an author validates a
 * definition in a project of its own ({@code src/main/resources/…}, {@code target/classes}), and the
 * strategy it is scored by is a project beside it, whose {@code mvn package} puts its jar into its
 * {@code target}. That folder is what {@code --plugins} must name, and this finds it, so that
 * {@code typwerk validate} can say the command line to type.
 */
final class StrategyProjects {

    /** The service file a strategy's jar registers its strategies in. */
    private static final String SERVICES = "META-INF/services/de.typwerk.api.spi.ScoringStrategy";

    private StrategyProjects() {
    }

    /** The Maven project {@code path} lies in: the nearest folder from it upwards with a {@code pom.xml}. */
    static Optional<Path> projectOf(Path path) {
        for (Path p = path.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("pom.xml"))) return Optional.of(p);
        }
        return Optional.empty();
    }

    /**
     * The {@code target} folders of the projects beside {@code project} that hold a strategy's jar
     * (one registering a {@code ScoringStrategy}), in name order; none where there are none.
     */
    static List<Path> besides(Path project) {
        List<Path> found = new ArrayList<>();
        Path parent = project.getParent();
        if (parent == null) return found;
        List<Path> siblings = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, Files::isDirectory)) {
            entries.forEach(siblings::add);
        } catch (IOException | RuntimeException e) {
            return found;
        }
        siblings.sort(null);
        for (Path sibling : siblings) {
            if (sibling.equals(project)) continue;
            Path target = sibling.resolve("target");
            if (holdsStrategyJar(target)) found.add(target);
        }
        return found;
    }

    private static boolean holdsStrategyJar(Path folder) {
        if (!Files.isDirectory(folder)) return false;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                if (jar.getFileName().toString().startsWith("original-")) continue;
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    if (zip.getEntry(SERVICES) != null) return true;
                } catch (IOException e) {
                    // not a jar to load: the next one may be
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }
}
