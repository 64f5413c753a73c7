package de.typwerk.presentation.html.selftest;

import de.typwerk.presentation.html.Phrase;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A question as a form field, with what is answered so far.
 *
 * @param id        the question's id (the field's ids derive from it)
 * @param kind      {@code single}, {@code multi}, {@code scale}, {@code ranking}, {@code number} or {@code text}
 * @param text      the question
 * @param help      a hint, or {@code ""}; paragraphs after the first (each after a blank line) stand
 *                  behind a disclosure ({@link #helpLead()}, {@link #helpMore()})
 * @param required  whether it must be answered
 * @param choices   the options of a single, multi or scale question, in order
 * @param ranks     the places of a ranking question, each a choice of the options
 * @param value     what is entered in a number or text field
 * @param unit      the unit of a number, or {@code ""}
 * @param maxLength the longest text, for a text question
 * @param hint      how to answer (e.g. "pick up to 3"), or {@code ""}
 * @param error     what is wrong with this answer (the names of options it quotes marked with their
 *                  language where it is not the page's), or an empty phrase
 * @param keypad    the keyboard a phone shows for a number: {@code numeric} (digits) for a whole
 *                  number that cannot be negative, else {@code decimal} (digits and the separator)
 * @param textLang  the language of the definition's texts (question, help, options, unit) where it
 *                  is not the page's, a questionnaire without the page's language showing its
 *                  default one, for their {@code lang} (WCAG 3.1.2); else {@code null}, which leaves
 *                  the attribute out
 */
public record Field(String id, String kind, String text, String help, boolean required, List<Choice> choices, List<Rank> ranks,
                    String value, String unit, int maxLength, String hint, Phrase error, String keypad, String textLang) {

    /**
     * {@return the id of the element an error links to: the first input of the field; of a ranking
     * the first place that needs another answer (left open, or holding an answer an earlier place
     * holds), so the link takes a person to what to fix, not to a place already right: its radio
     * button checked, the answer to change where one is there twice (a screen reader says which), else
     * its "no answer in this place"}
     */
    public String anchor() {
        return switch (kind) {
            case "single", "multi", "scale" -> "f-" + id + "-0";
            case "ranking" -> {
                Rank rank = placeToFix();
                int checked = rank.options().indexOf(rank.options().stream().filter(Choice::checked).findFirst().orElse(null));
                yield "f-" + id + "-rank-" + rank.place() + (checked < 0 ? "" : "-" + checked);
            }
            default -> "f-" + id;
        };
    }

    private Rank placeToFix() {
        Set<String> earlier = new HashSet<>();
        for (Rank rank : ranks) {
            Optional<String> at = rank.options().stream().filter(Choice::checked).map(Choice::value).findFirst();
            if (at.isEmpty() || !earlier.add(at.get())) return rank;
        }
        return ranks.get(0);
    }

    /** {@return the options that can be picked with others (multi)} */
    public List<Choice> combinable() {
        return choices.stream().filter(c -> !c.alone()).toList();
    }

    /** {@return the options that must be picked alone (multi), shown after an "or"} */
    public List<Choice> alone() {
        return choices.stream().filter(Choice::alone).toList();
    }

    /**
     * {@return the index of a choice in {@link #choices()}, for its element id}
     *
     * @param choice one of this field’s choices
     */
    public int indexOf(Choice choice) {
        return choices.indexOf(choice);
    }

    /**
     * {@return the help's first paragraph, shown under the question and said with it by a screen
     * reader ({@code aria-describedby})}
     */
    public String helpLead() {
        return paragraphs().get(0);
    }

    /**
     * {@return the help's further paragraphs, each after a blank line: details for some who answer
     * (a borough, a city-state), shown on request, so that at 400 % zoom a long help does not push the
     * options screens away from the question, nor a screen reader read it at every control}
     */
    public List<String> helpMore() {
        List<String> paragraphs = paragraphs();
        return paragraphs.subList(1, paragraphs.size());
    }

    private List<String> paragraphs() {
        List<String> paragraphs = Stream.of(help.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return paragraphs.isEmpty() ? List.of("") : paragraphs;
    }

    /** {@return the ids of the unit, the help, the hint and the error, for {@code aria-describedby} of a number's or a text's field, or {@code null}} */
    public String describedBy() {
        StringBuilder b = new StringBuilder();
        // the unit stands after the box, where a screen reader in the box does not go: it is said with the box's description
        if (!unit.isEmpty()) b.append("f-").append(id).append("-unit");
        if (!help.isEmpty()) b.append(b.length() > 0 ? " " : "").append("f-").append(id).append("-help");
        if (!hint.isEmpty()) b.append(b.length() > 0 ? " " : "").append("f-").append(id).append("-hint");
        if (!error.isEmpty()) b.append(b.length() > 0 ? " " : "").append("f-").append(id).append("-error");
        return b.length() == 0 ? null : b.toString();
    }

    /**
     * {@return the ids of the help and the hint, for {@code aria-describedby} of a group's
     * {@code fieldset} (radio buttons, checkboxes, the places of a ranking), or {@code null}: its
     * error is described at each of its controls ({@link #errorId()}), so that it is said once, at
     * the control that has the focus}
     */
    public String groupDescribedBy() {
        StringBuilder b = new StringBuilder();
        if (!help.isEmpty()) b.append("f-").append(id).append("-help");
        if (!hint.isEmpty()) b.append(b.length() > 0 ? " " : "").append("f-").append(id).append("-hint");
        return b.length() == 0 ? null : b.toString();
    }

    /**
     * {@return {@code "true"} when the answer is refused, for {@code aria-invalid} on each control
     * of the field (every radio button, checkbox and place of a ranking: a screen reader says
     * "invalid" at whichever has the focus), else {@code null}, which leaves the attribute out}
     */
    public String invalid() {
        return error.isEmpty() ? null : "true";
    }

    /**
     * {@return the id of the error's text, for {@code aria-describedby} on each control of a group
     * (a radio button, a checkbox, a place of a ranking), whose own name is only its option and
     * which a person reaches from the error summary's link; {@code null} when there is none}
     */
    public String errorId() {
        return error.isEmpty() ? null : "f-" + id + "-error";
    }

    /**
     * An option (or a point of a scale).
     *
     * @param value   what the form sends
     * @param label   what the person reads
     * @param checked whether it is picked
     * @param alone   whether it must be picked alone (exclusive, or "don't know")
     */
    public record Choice(String value, String label, boolean checked, boolean alone) {
    }

    /**
     * One place of a ranking: a choice of the options, none picked or one.
     *
     * @param place   the place, from 1
     * @param name    the form field's name
     * @param options the options, the one at this place marked
     */
    public record Rank(int place, String name, List<Choice> options) {

        /** {@return whether no option is at this place yet} */
        public boolean empty() {
            return options.stream().noneMatch(Choice::checked);
        }
    }
}
