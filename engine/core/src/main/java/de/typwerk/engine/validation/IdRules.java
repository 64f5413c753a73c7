package de.typwerk.engine.validation;

import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.ProfileTopic;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Section;
import de.typwerk.api.model.Strength;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.model.Weakness;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every id has the id syntax and is unique where it is looked up: types and dimensions together
 * (option weights name either, so they must not clash), sections and questions together, profile
 * topics, the options of one question, and the strengths and the weaknesses of one type.
 */
final class IdRules implements Rule {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    @Override
    public void check(Questionnaire q, Layout layout, Findings out) {
        syntax(q.id(), "", out);
        Namespace topics = new Namespace(out);
        for (int i = 0; i < q.profileTopics().size(); i++) {
            ProfileTopic t = q.profileTopics().get(i);
            topics.add(t.id(), "/profileTopics/" + i);
        }
        Namespace typesAndDimensions = new Namespace(out);
        for (int i = 0; i < q.types().size(); i++) {
            TypeDefinition t = q.types().get(i);
            String p = "/types/" + i;
            typesAndDimensions.add(t.id(), p);
            Namespace strengths = new Namespace(out);
            for (int j = 0; j < t.strengths().size(); j++) {
                Strength s = t.strengths().get(j);
                strengths.add(s.id(), p + "/strengths/" + j);
            }
            Namespace weaknesses = new Namespace(out);
            for (int j = 0; j < t.weaknesses().size(); j++) {
                Weakness w = t.weaknesses().get(j);
                weaknesses.add(w.id(), p + "/weaknesses/" + j);
            }
        }
        for (int i = 0; i < q.dimensions().size(); i++) {
            Dimension d = q.dimensions().get(i);
            typesAndDimensions.add(d.id(), "/dimensions/" + i);
        }
        Namespace sectionsAndQuestions = new Namespace(out);
        for (int s = 0; s < q.sections().size(); s++) {
            Section section = q.sections().get(s);
            sectionsAndQuestions.add(section.id(), "/sections/" + s);
            for (int i = 0; i < section.questions().size(); i++) {
                String p = "/sections/" + s + "/questions/" + i;
                sectionsAndQuestions.add(section.questions().get(i).id(), p);
                Namespace options = new Namespace(out);
                for (int o = 0; o < section.questions().get(i).choices().size(); o++) {
                    Option option = section.questions().get(i).choices().get(o);
                    options.add(option.id(), p + "/options/" + o);
                }
            }
        }
    }

    private static boolean syntax(String id, String pointer, Findings out) {
        if (id == null || !ID.matcher(id).matches()) {
            out.error("invalid-id", pointer + "/id", "validation.invalidId", String.valueOf(id));
            return false;
        }
        return true;
    }

    /** Ids that must not repeat, each with the pointer of the object that first used it. */
    private static final class Namespace {
        private final Findings out;
        private final Map<String, String> first = new HashMap<>();

        Namespace(Findings out) {
            this.out = out;
        }

        void add(String id, String objectPointer) {
            if (!syntax(id, objectPointer, out)) return;
            String earlier = first.putIfAbsent(id, objectPointer);
            if (earlier != null) {
                out.error("duplicate-id", objectPointer + "/id", "validation.duplicateId", id, out.place(earlier + "/id"));
            }
        }
    }
}
