package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator approves plugin jars by their SHA-256: {@code typwerk plugins --lock FILE} writes
 * the hashes of the jars that load, {@code --trust FILE} loads only those, on every command. A jar
 * not listed (a new one, or one changed by a single byte) is refused with its hash and path.
 */
class PluginTrustTest {

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home")).locale(Locale.ENGLISH);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void lock_lists_the_loaded_jars_and_trust_loads_only_those() throws Exception {
        Path approved = PluginFolder.good(temp);
        Path good = approved.resolve(PluginFolder.GOOD_JAR);
        Path lock = temp.resolve("trusted.sha256");

        Cli.Result locked = cli().run("plugins", "--plugins", approved.toString(), "--lock", lock.toString());

        assertThat(locked.exitCode()).as(locked.toString()).isZero();
        assertThat(Files.readAllLines(lock)).contains(sha256(good) + "  " + good);
        assertThat(locked.err()).contains("1 plugin jars listed in");

        // the same folder later holds a jar nobody approved
        Path unknown = PluginJar.of(Fixtures.path("plugin-versions"), approved.resolve("kurztypen.jar"));
        Cli.Result plugins = cli().run("plugins", "--plugins", approved.toString(), "--trust", lock.toString());
        Cli.Result list = cli().run("list", "--plugins", approved.toString(), "--trust", lock.toString());

        assertThat(plugins.out()).contains("not in the trust list (--trust); SHA-256 " + sha256(unknown), unknown.toString());
        assertThat(list.out()).contains("test-amtstypen").doesNotContain("test-kurztypen");
        assertThat(cli().run("list", "--plugins", approved.toString()).out()).contains("test-kurztypen");
    }

    @Test
    void a_jar_changed_by_one_byte_is_refused_and_strict_then_stops() throws Exception {
        Path folder = PluginFolder.good(temp);
        Path lock = temp.resolve("trusted.sha256");
        assertThat(cli().run("plugins", "--plugins", folder.toString(), "--lock", lock.toString()).exitCode()).isZero();
        Path jar = folder.resolve(PluginFolder.GOOD_JAR);
        Files.write(jar, new byte[] {0}, StandardOpenOption.APPEND);

        Cli.Result show = cli().run("show", "test-amtstypen", "--plugins", folder.toString(), "--trust", lock.toString(), "--strict");

        assertThat(show.exitCode()).as(show.toString()).isEqualTo(1);
        assertThat(show.err()).contains("SHA-256 " + sha256(jar), jar.toString());
    }

    @Test
    void a_trust_file_that_is_not_a_list_of_hashes_is_a_usage_error_with_its_line() throws IOException {
        Path lock = Files.writeString(temp.resolve("trusted.sha256"), "# approved\n\nnot-a-hash  x.jar\n");

        Cli.Result r = cli().run("list", "--trust", lock.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("typwerk: " + lock + ":3: expected a SHA-256 (64 hexadecimal digits), not “not-a-hash”.");
    }
}
