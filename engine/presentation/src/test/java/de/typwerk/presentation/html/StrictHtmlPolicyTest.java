package de.typwerk.presentation.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build compiles every template under {@link StrictHtmlPolicy}; a template that needs what a
 * strict Content-Security-Policy refuses, or loads anything, does not compile ({@code <link>} is
 * allowed for the served pages' own stylesheet, so it is not among the cases).
 */
class StrictHtmlPolicyTest {

    @TempDir
    Path temp;

    private String compileAndRender(String template) throws IOException {
        Path sources = Files.createDirectories(temp.resolve("jte"));
        Files.writeString(sources.resolve("t.jte"), "@param String text\n" + template + "\n");
        TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(sources), temp.resolve("classes"), ContentType.Html);
        engine.setHtmlPolicy(new StrictHtmlPolicy());
        StringOutput out = new StringOutput();
        engine.render("t.jte", "<b>", out);
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p style=\"color: red\">${text}</p>",
            "<button onclick=\"go()\">${text}</button>",
            "<script>var x = 1;</script>",
            "<img src=\"logo.png\" alt=\"${text}\">",
            "<object data=\"https://example.org/x.svg\" title=\"${text}\"></object>",
            "<iframe title=\"x\"></iframe>",
            "<P>${text}</P>",
            "<p class=${text}>x</p>"})
    void a_template_that_a_strict_policy_would_refuse_does_not_compile(String template) {
        assertThatThrownBy(() -> compileAndRender(template)).isInstanceOf(TemplateException.class);
    }

    @Test
    void a_link_to_a_stylesheet_on_the_server_compiles_as_the_self_test_pages_need_it() throws IOException {
        // the one thing that loads which the policy lets through: the served pages' stylesheet, held to the server by their CSP
        String html = compileAndRender("<link rel=\"stylesheet\" href=\"/assets/selftest.css\"><p>${text}</p>");

        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/assets/selftest.css\">");
    }

    @Test
    void classes_attributes_and_svg_presentation_attributes_are_fine_and_output_is_escaped() throws IOException {
        String html = compileAndRender("<p class=\"tw-note\" lang=\"de\">${text}</p><svg role=\"img\"><rect width=\"4\" fill=\"#000\"/></svg>");

        assertThat(html).contains("<p class=\"tw-note\" lang=\"de\">&lt;b&gt;</p>");
    }
}
