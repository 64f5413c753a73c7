package de.typwerk.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import de.typwerk.applications.batch.AtomicOutput;
import de.typwerk.cli.take.TakeCommand;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The floors of docs/architecture.md ("Floors"), drawn from the code's own imports: every arrow goes
 * down, and no module's packages form a cycle. Here because the CLI's test class path is the one
 * that holds every floor.
 */
class FloorsTest {

    private final JavaClasses typwerk = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.typwerk");

    @Test
    void every_arrow_goes_down_a_floor() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Plugin API").definedBy("de.typwerk.api..")
                .layer("Kernel").definedBy("de.typwerk.engine..")
                .layer("Applications").definedBy("de.typwerk.applications..")
                .layer("Interop").definedBy("de.typwerk.interop..")
                .layer("Presentation").definedBy("de.typwerk.presentation..")
                .layer("Server").definedBy("de.typwerk.server..")
                .layer("CLI").definedBy("de.typwerk.cli..")
                .layer("Plugins").definedBy("de.typwerk.strategy..", "de.typwerk.questionnaire..")

                .whereLayer("CLI").mayNotBeAccessedByAnyLayer()
                .whereLayer("Server").mayOnlyBeAccessedByLayers("CLI")
                .whereLayer("Presentation").mayOnlyBeAccessedByLayers("Server", "CLI")
                .whereLayer("Interop").mayOnlyBeAccessedByLayers("Server", "CLI")
                .whereLayer("Applications").mayOnlyBeAccessedByLayers("Interop", "Presentation", "Server", "CLI")
                .whereLayer("Kernel").mayOnlyBeAccessedByLayers("Applications", "Interop", "Presentation", "Server", "CLI")
                .whereLayer("Plugins").mayNotBeAccessedByAnyLayer()
                .check(typwerk);
    }

    @Test
    void the_modules_are_free_of_cycles_among_themselves() {
        slices().matching("de.typwerk.(*)..").should().beFreeOfCycles().check(typwerk);
    }

    /**
     * The classes of interop's root package that use the tools' packages: they pick the tool
     * ({@code ExportFormat}, {@code ResponseFormat} and its {@code Recognition}) or place one
     * response's finding in the tool's file ({@code OneResponse}); docs/architecture.md ("Floors").
     */
    private static final Set<String> INTEROP_ROOT_INTO_THE_TOOLS = Set.of("ExportFormat", "ResponseFormat", "Recognition", "OneResponse");

    @Test
    void the_packages_of_each_floor_above_the_kernel_root_included_form_no_circle_but_the_two_the_page_allows() {
        // every package a slice of its own, the floor's root package too (a slice per "(*)" below the root left the
        // root out, so a circle through de.typwerk.presentation or de.typwerk.cli would have gone unseen); the kernel's
        // packages are ArchitectureTest's business
        slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass c) {
                        String p = c.getPackageName();
                        return p.matches("de\\.typwerk\\.(applications|interop|presentation|server|cli)(\\..*)?")
                                && !p.startsWith("de.typwerk.presentation.html.templates")  // jte's generated classes
                                ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
                    }

                    @Override
                    public String getDescription() {
                        return "every package of the floors above the kernel";
                    }
                })
                .should().beFreeOfCycles()
                // the two circles the page allows: interop's root uses the tools' packages to pick one (and to place a
                // finding in its file), as they use what it shares; the CLI's root names take's command in its list
                .ignoreDependency(DescribedPredicate.describe("the classes of de.typwerk.interop that pick a tool " + INTEROP_ROOT_INTO_THE_TOOLS,
                                (JavaClass c) -> c.getPackageName().equals("de.typwerk.interop")
                                        && INTEROP_ROOT_INTO_THE_TOOLS.contains(topLevel(c).getSimpleName())),
                        resideInAPackage("de.typwerk.interop.*.."))
                .ignoreDependency(resideInAPackage("de.typwerk.cli"), type(TakeCommand.class))
                .check(typwerk);
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) top = top.getEnclosingClass().get();
        return top;
    }

    @Test
    void the_presentation_knows_nothing_of_http() {
        // docs/architecture.md, "Presentation floor for HTML": the server and the CLI only place what it renders
        noClasses().that().resideInAPackage("de.typwerk.presentation..")
                .should().dependOnClassesThat().resideInAnyPackage("com.sun.net.httpserver..", "de.typwerk.server..")
                .check(typwerk);
    }

    @Test
    void only_the_kernel_is_wired_with_guice() {
        // docs/architecture.md, "Guice": the engine's own wiring and nothing more; the floors above create what they use
        noClasses().that().resideInAnyPackage("de.typwerk.applications..", "de.typwerk.interop..", "de.typwerk.presentation..",
                        "de.typwerk.server..", "de.typwerk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..", "javax.inject..")
                .check(typwerk);
    }

    @Test
    void every_text_bundle_of_the_house_is_read_by_messages() {
        // docs/architecture.md, "Why these floors": a floor that speaks puts its bundle over the one below (Messages.over)
        noClasses().that().resideInAnyPackage("de.typwerk.engine..", "de.typwerk.applications..", "de.typwerk.interop..",
                        "de.typwerk.presentation..", "de.typwerk.server..", "de.typwerk.cli..")
                .and().doNotBelongToAnyOf(Messages.class)
                .should().callCodeUnitWhere(DescribedPredicate.describe("reads a resource bundle (ResourceBundle.getBundle, new PropertyResourceBundle)",
                        (JavaCall<?> call) -> call.getTargetOwner().isAssignableTo(ResourceBundle.class)
                                && (call.getName().equals("getBundle") || call.getName().equals("<init>"))))
                .check(typwerk);
    }

    /**
     * docs/architecture.md ("One command, down and back", and the batch's "Output through AtomicOutput"): every file a
     * command writes is written beside its target and moved into place when whole ({@code AtomicOutput}, which
     * {@code AtomicFile} and {@code OutputTarget} open), so that Ctrl-C or a full disk never leaves half a result. A
     * class of a floor above the kernel that opened a file to write itself would write around that; standard output
     * and standard error ({@code FileDescriptor}) are no files.
     */
    @Test
    void above_the_kernel_only_atomic_output_opens_a_file_to_write() {
        noClasses().that().resideInAnyPackage("de.typwerk.applications..", "de.typwerk.interop..", "de.typwerk.presentation..",
                        "de.typwerk.server..", "de.typwerk.cli..")
                .and().doNotBelongToAnyOf(AtomicOutput.class)
                .should().callCodeUnitWhere(DescribedPredicate.describe("opens a file to write (Files.write, writeString, newOutputStream,"
                        + " newBufferedWriter, copy to a path, move; a FileOutputStream, FileWriter, PrintStream, PrintWriter or RandomAccessFile"
                        + " of a file)", FloorsTest::writesAFile))
                .check(typwerk);
    }

    private static boolean writesAFile(JavaCall<?> call) {
        String owner = call.getTargetOwner().getName();
        List<String> parameters = call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
        if (owner.equals(Files.class.getName())) {
            return Set.of("write", "writeString", "newOutputStream", "newBufferedWriter", "move").contains(call.getName())
                    || call.getName().equals("copy") && parameters.get(1).equals(Path.class.getName());
        }
        if (!call.getName().equals("<init>") || parameters.isEmpty()) return false;
        boolean ofAFile = parameters.get(0).equals(java.io.File.class.getName()) || parameters.get(0).equals(String.class.getName());
        return owner.equals(java.io.RandomAccessFile.class.getName()) || ofAFile && Set.of(java.io.FileOutputStream.class.getName(),
                java.io.FileWriter.class.getName(), java.io.PrintStream.class.getName(), java.io.PrintWriter.class.getName()).contains(owner);
    }

    @Test
    void what_the_take_package_holds_is_takes_own_and_only_the_command_list_names_its_command() {
        // a class that other commands use belongs where they are, not in the folder of one command
        noClasses().that().resideOutsideOfPackage("de.typwerk.cli.take..")
                .should().dependOnClassesThat(resideInAPackage("de.typwerk.cli.take..").and(type(TakeCommand.class).negate()))
                .check(typwerk);
    }

    @Test
    void the_floor_table_names_every_package_of_the_house_and_no_other() throws IOException {
        // a newcomer finds a package by this table: one the table leaves out is a room without a door
        String doc = Files.readString(Repository.root().resolve("docs/architecture.md"));
        String table = doc.substring(doc.indexOf("floor            module"), doc.indexOf("beside the house:"));
        Set<String> named = new TreeSet<>();
        Matcher m = Pattern.compile("de\\.typwerk(?:\\.[a-z0-9]+)+|(?<=, )\\.api\\.[a-z0-9]+").matcher(table);
        while (m.find()) named.add(m.group().startsWith(".") ? "de.typwerk" + m.group() : m.group());

        Set<String> packages = new TreeSet<>();
        for (JavaClass c : typwerk) {
            String p = c.getPackageName();
            if (p.matches("de\\.typwerk\\.(api|engine|applications|interop|presentation|server|cli)(\\..*)?")
                    && !p.startsWith("de.typwerk.presentation.html.templates")) {  // jte's generated classes
                packages.add(p);
            }
        }
        assertThat(named).isEqualTo(packages);
    }

    @Test
    void every_package_says_in_its_package_info_what_lives_there() throws IOException {
        // what a newcomer opens first in a folder: which class to start with, and what belongs here
        Path root = Repository.root();
        List<Path> sources = new ArrayList<>(List.of(root.resolve("cli/src/main/java")));
        for (String parent : List.of("engine", "plugins", "questionnaires")) {
            try (Stream<Path> modules = Files.list(root.resolve(parent))) {
                modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).forEach(sources::add);
            }
        }
        List<Path> folders = new ArrayList<>();
        for (Path source : sources) {
            try (Stream<Path> files = Files.walk(source)) {
                files.filter(p -> p.toString().endsWith(".java")).map(Path::getParent).distinct().forEach(folders::add);
            }
        }
        assertThat(folders).hasSizeGreaterThan(30);
        for (Path folder : folders) {
            Path info = folder.resolve("package-info.java");
            assertThat(info).as(root.relativize(folder).toString()).exists();
            assertThat(Files.readString(info)).as(root.relativize(info).toString()).startsWith("/**").contains(" */\npackage ");
        }
    }
}
