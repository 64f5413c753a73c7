package de.typwerk.presentation.html;

import gg.jte.html.HtmlAttribute;
import gg.jte.html.HtmlPolicyException;
import gg.jte.html.HtmlTag;
import gg.jte.html.OwaspHtmlPolicy;
import gg.jte.html.policy.PreventInlineEventHandlers;
import java.util.Locale;
import java.util.Set;

/**
 * What every template of this module must keep to, checked when the templates are compiled (the
 * jte Maven plugin's {@code htmlPolicyClass}), so that the pages work under a strict
 * Content-Security-Policy (styles only from the server or by hash) and load nothing from anywhere
 * else: jte's OWASP rules (lower case, quoted attributes, no output in tag or attribute names), and
 * no inline event handler, no {@code style} attribute, no script, nothing that loads a resource
 * ({@code src}, {@code srcset}, images, media, frames, objects). A {@code <link>} is allowed, for
 * the served self-test pages' stylesheet: a path on the server, where their policy
 * ({@code default-src 'self'}) holds it; the report page inlines its stylesheet under
 * {@code default-src 'none'} and links nothing.
 */
public final class StrictHtmlPolicy extends OwaspHtmlPolicy {

    // <link> is allowed for the served self-test pages' stylesheet (a path on the server itself, which
    // their Content-Security-Policy, default-src 'self', holds it to)
    private static final Set<String> TAGS = Set.of("script", "iframe", "frame", "object", "embed", "img",
            "picture", "audio", "video", "base", "applet");
    // formaction is a form's address, as its action is (held to the server itself by form-action 'self'): the self-test's
    // language switch, a button of the question's form, posts to the page in the other language, whose address the browser shows
    private static final Set<String> ATTRIBUTES = Set.of("style", "src", "srcset", "background", "xlink:href");

    /** The policy jte's compiler creates by its class name. */
    public StrictHtmlPolicy() {
        addPolicy(new PreventInlineEventHandlers());
    }

    @Override
    public void validateHtmlTag(HtmlTag htmlTag) throws HtmlPolicyException {
        super.validateHtmlTag(htmlTag);
        if (TAGS.contains(htmlTag.getName().toLowerCase(Locale.ROOT))) {
            throw new HtmlPolicyException("<" + htmlTag.getName() + "> is not allowed: it runs a script or loads a resource,"
                    + " which the strict Content-Security-Policy refuses");
        }
    }

    @Override
    public void validateHtmlAttribute(HtmlTag htmlTag, HtmlAttribute htmlAttribute) throws HtmlPolicyException {
        super.validateHtmlAttribute(htmlTag, htmlAttribute);
        if (ATTRIBUTES.contains(htmlAttribute.getName().toLowerCase(Locale.ROOT))) {
            throw new HtmlPolicyException("the attribute " + htmlAttribute.getName() + " is not allowed: inline styles and"
                    + " loaded resources break the strict Content-Security-Policy (use a class of the stylesheet)");
        }
    }
}
