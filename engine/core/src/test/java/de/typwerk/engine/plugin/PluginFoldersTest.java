package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginFoldersTest {

    @TempDir
    Path home;

    @Test
    void takes_the_folders_from_the_command_line_first() throws IOException {
        Files.createDirectories(home.resolve(".typwerk/plugins"));

        assertThat(PluginFolders.choose(List.of(Path.of("mine")), Optional.of("/env"), home)).containsExactly(Path.of("mine"));
    }

    @Test
    void takes_the_environment_variable_next_split_like_a_class_path() {
        String value = "/a" + File.pathSeparator + " /b " + File.pathSeparator;

        assertThat(PluginFolders.choose(List.of(), Optional.of(value), home)).containsExactly(Path.of("/a"), Path.of("/b"));
    }

    @Test
    void falls_back_to_the_folder_in_the_home_directory_if_it_exists() throws IOException {
        assertThat(PluginFolders.choose(List.of(), Optional.empty(), home)).isEmpty();
        assertThat(PluginFolders.choose(List.of(), Optional.of("  "), home)).isEmpty();

        Path folder = Files.createDirectories(home.resolve(".typwerk/plugins"));

        assertThat(PluginFolders.choose(List.of(), Optional.empty(), home)).containsExactly(folder);
    }
}
