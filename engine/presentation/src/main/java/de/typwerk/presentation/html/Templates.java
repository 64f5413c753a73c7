package de.typwerk.presentation.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * This module's jte templates ({@code src/main/jte}), precompiled at build time into
 * {@value #PACKAGE} with content type Html: every {@code ${…}} is escaped for the place it stands
 * in (text, attribute), and {@link StrictHtmlPolicy} has checked at build time that no template
 * needs what a strict Content-Security-Policy refuses. No compiler and no JDK at run time.
 * Thread-safe; create once and keep.
 *
 * <pre>{@code
 * Templates templates = Templates.precompiled();
 * String html = templates.render("selftest/start.jte", model);   // the template's one @param
 * }</pre>
 */
public final class Templates {

    /** The package the templates are precompiled into (the jte Maven plugin's {@code packageName}). */
    public static final String PACKAGE = "de.typwerk.presentation.html.templates";

    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    /** {@return the precompiled templates of this module} */
    public static Templates precompiled() {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // jte loads precompiled templates through the context class loader it finds at creation
        thread.setContextClassLoader(Templates.class.getClassLoader());
        try {
            return new Templates(TemplateEngine.createPrecompiled(null, ContentType.Html, null, PACKAGE));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /**
     * Renders one template.
     *
     * @param template its path under {@code src/main/jte}, e.g. {@code report/fragment.jte}
     * @param model    the value of its one {@code @param}
     * @return the HTML
     */
    public String render(String template, Object model) {
        StringOutput out = new StringOutput(16 * 1024);
        engine.render(template, model, out);
        return out.toString();
    }
}
