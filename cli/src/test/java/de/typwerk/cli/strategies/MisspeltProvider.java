package de.typwerk.cli.strategies;

import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.api.spi.QuestionnaireProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A questionnaire provider whose one definition misspells a question kind ({@code singel}) at its
 * line 13, column 9 (its key): packed into a plugin jar or folder by the tests, never on the class path as a plugin.
 */
public final class MisspeltProvider implements QuestionnaireProvider {

    @Override
    public List<DefinitionSource> definitions() {
        String yaml = """
                id: test-erzeugt
                version: 1.0.0
                locales: [de, en]
                title: {de: "Erzeugt", en: "Made"}
                types:
                  - {id: a, name: {de: "Typ A", en: "Type A"}}
                  - {id: b, name: {de: "Typ B", en: "Type B"}}
                sections:
                  - id: s
                    title: {de: "Fragen", en: "Questions"}
                    questions:
                      - id: q
                        kind: singel
                        required: true
                        text: {de: "A oder B?", en: "A or B?"}
                        options:
                          - {id: a, text: {de: "A", en: "A"}, weights: {a: 1}}
                          - {id: b, text: {de: "B", en: "B"}, weights: {b: 1}}
                scoring: {strategy: counting, parameters: {}}
                """;
        return List.of(new DefinitionSource("questionnaires/erzeugt.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
