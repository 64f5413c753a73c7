package de.typwerk.engine.answers;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.testing.Fixtures;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The slips of a hand that edits an answers file (a colon or comma left out, a quote left open, a
 * tab, a line indented differently from its block) are said in the reader's words and language,
 * with what is expected, at the line and column where the parser stopped, not in Jackson's or
 * SnakeYAML's English.
 */
class ParserSlipsTest {

    private static final List<LoadedQuestionnaire> LOADED = List.of(Fixtures.loaded(Fixtures.TEAMS));
    private static final String YAML = """
            questionnaire: fixture-teams
            version: 1.2.0
            respondent:
              name: Gemeinde Musterhausen
            answers:
              q-anchor: o-craft
              q-numbers: 4
            """;
    private static final String JSON = """
            {"questionnaire": "fixture-teams", "version": "1.2.0", "answers": {"q-anchor": "o-craft", "q-numbers": 4}}""";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a key without its colon         | 'q-anchor: o-craft' | 'q-anchor o-craft'  | 7:12 | fehlt in einer Zeile davor der Doppelpunkt nach dem Schlüssel | does a line before lack the colon after its key
            a line indented one space more  | '  q-numbers: 4'    | '   q-numbers: 4'   | 7:13 | ist die Zeile anders eingerückt als ihr Block                  | is the line indented differently from its block
            a tab for indentation           | '  q-numbers: 4'    | '\tq-numbers: 4'    | 7:1  | ein Tabulator: YAML rückt nur mit Leerzeichen ein             | a tab: YAML indents with spaces only
            a quote left open               | 'name: Gemeinde'    | 'name: "Gemeinde'   | 4:9  | ein Anführungszeichen wird geöffnet und nicht wieder geschlossen | a quote is opened and never closed
            a single quote left open        | 'name: Gemeinde'    | 'name: ''Gemeinde'  | 4:9  | ein Anführungszeichen wird geöffnet und nicht wieder geschlossen | a quote is opened and never closed
            a single quote open at the end  | 'q-numbers: 4'      | 'q-numbers: ''it''''s' | 7:14 | ein Anführungszeichen wird geöffnet und nicht wieder geschlossen | a quote is opened and never closed
            a text with a colon in it       | 'Musterhausen'      | 'Muster: hausen'    | 4:24 | enthält ein Text „: “ und gehört in Anführungszeichen?          | does a text hold “: ” and belong in quotes?
            a value that starts with @      | 'o-craft'           | '@craft'            | 6:11 | „@“ kann in YAML keinen Wert beginnen                         | “@” cannot start a value in YAML
            a Windows path in double quotes | 'Gemeinde Musterhausen' | '"C:\\quelle"'  | 4:7  | „\\q“ gibt es in YAML zwischen doppelten Anführungszeichen nicht | YAML has no “\\q” between double quotes; double a backslash
            a block scalar with a word      | 'o-craft'           | '>-craft'           | 6:11 | dürfen auf der Zeile nur „+“, „-“ oder eine Ziffer stehen | only “+”, “-” or a digit may stand on the line
            a list left open in brackets    | 'o-craft'           | '[o-craft'          | 6:21 | in eckigen Klammern […] fehlt ein Komma                       | in square brackets […], a comma between two entries or the closing bracket is missing
            a mapping left open in brackets | 'o-craft'           | '{a: 1, b: 2  # open' | 6:24 | in geschweiften Klammern {…} fehlt ein Komma                 | in curly brackets {…}, a comma between two entries or the closing bracket is missing
            a comma left out in brackets    | 'o-craft'           | '{a: 1 b: 2}'       | 6:20 | in geschweiften Klammern {…} fehlt ein Komma                 | in curly brackets {…}, a comma between two entries or the closing bracket is missing
            a unicode escape cut short      | 'o-craft'           | '"\\u12"'          | 6:11 | die Escape-Sequenz braucht hier 4 Hexadezimalziffern          | the escape sequence needs 4 hexadecimal digits
            an asterisk alone               | 'o-craft'           | '*'                 | 6:11 | auf „*“ oder „&“ folgt kein Name                              | “*” or “&” is followed by no name
            a list as a key                 | 'q-anchor: o-craft' | '? [a, b]\n  : 5'   | 6:6  | ein Schlüssel ist hier eine Liste (etwa „? [a, b]“); ein Schlüssel ist ein einfacher Name | a key is a list here (such as “? [a, b]”); a key is a plain name
            keys and values as a key        | 'q-anchor: o-craft' | '? {a: 1}\n  : 5'   | 6:6  | ein Schlüssel ist hier selbst Schlüssel und Werte | a key is itself keys and values here
            """)
    void yaml(String slip, String from, String to, String at, String german, String english) {
        assertSaid(YAML.replace(from, to.replace("\\t", "\t").replace("\\n", "\n")), "antworten.yaml", at, german, english);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a comma left out                | '"1.2.0",'                | '"1.2.0"'                | 1:55 | zwischen zwei Einträgen fehlt ein Komma (gefunden: „"“)            | a comma is missing between two entries (found “"”)
            a comma after the last entry    | '"q-numbers": 4}'         | '"q-numbers": 4,}'       | 1:106 | hier wird ein Schlüssel in doppelten Anführungszeichen erwartet | a key in double quotes is expected here
            a key without quotes            | '"version"'               | 'version'                | 1:36 | der Schlüssel „version“ steht nicht in Anführungszeichen: JSON schreibt "version" | the key “version” is not in quotes: JSON writes "version"
            a key with a hyphen, no quotes  | '"q-anchor"'              | 'q-anchor'               | 1:68 | der Schlüssel „q-anchor“ steht nicht in Anführungszeichen: JSON schreibt "q-anchor" | the key “q-anchor” is not in quotes: JSON writes "q-anchor"
            a colon left out                | '"q-numbers": 4'          | '"q-numbers" 4'          | 1:103 | nach dem Schlüssel fehlt der Doppelpunkt vor seinem Wert    | the colon between a key and its value is missing
            a text without quotes           | '"o-craft"'               | 'craft'                  | 1:80 | „craft“ ist kein Wert: ein Text steht in JSON in doppelten Anführungszeichen | “craft” is no value: JSON writes a text in double quotes
            a text in single quotes         | '"o-craft"'               | '''o-craft'''            | 1:80 | hier wird ein Wert erwartet: ein Text in doppelten Anführungszeichen | a value is expected here: a text in double quotes
            a bracket closed twice          | '4}}'                     | '4}}}'                   | 1:107 | „}“ schließt nichts: keine Klammer ist hier offen               | “}” closes nothing: no bracket is open here
            a bracket closed for another    | '4}}'                     | '4]}'                    | 1:105 | „]“ schließt hier, erwartet wird „}“                            | “]” closes here, where “}” is expected
            a number with a leading zero    | '4}}'                     | '04}}'                   | 1:105 | eine Zahl beginnt hier mit 0; JSON schreibt Zahlen ohne führende Nullen | a number starts with 0 here; JSON writes numbers without leading zeros
            NaN for a number                | '4}}'                     | 'NaN}}'                  | 1:107 | „NaN“ ist in JSON keine Zahl | “NaN” is no number in JSON
            a number with a plus sign       | '4}}'                     | '+4}}'                   | 1:105 | JSON schreibt Zahlen ohne Pluszeichen | JSON writes numbers without a plus sign
            a minus sign alone              | '4}}'                     | '-}}'                    | 1:105 | nach „-“ wird in einer Zahl eine Ziffer erwartet (gefunden: „}“) | a digit is expected after “-” in a number (found “}”)
            a decimal point at the end      | '4}}'                     | '4.}}'                   | 1:106 | nach „.“ wird in einer Zahl eine Ziffer erwartet (gefunden: „}“) | a digit is expected after “.” in a number (found “}”)
            a comment                       | '4}}'                     | '4 // vier}}'            | 1:106 | JSON kennt keine Kommentare | JSON has no comments
            a Windows path in a text        | '"o-craft"'               | '"C:\\craft"'            | 1:84 | „\\c“ gibt es in JSON nicht; ein Backslash in einem Text wird verdoppelt | JSON has no “\\c”; a backslash in a text is doubled
            """)
    void json(String slip, String from, String to, String at, String german, String english) {
        String changed = JSON.replace(from, to.replace("\\\\", "\\"));
        assertThat(changed).as("the slip is made").isNotEqualTo(JSON);
        assertSaid(changed, "antworten.json", at, german.replace("\\\\", "\\"), english.replace("\\\\", "\\"));
    }

    /**
     * A quote opened on one line and closed by the first quote of its kind lines below stands at
     * the opening quote and is said as that, where it stood after the closing one as "the
     * indentation does not match".
     */
    @org.junit.jupiter.api.Test
    void a_quote_closed_only_lines_below_is_named_where_it_was_opened() {
        for (String quote : List.of("'", "\"")) {
            String changed = YAML.replace("name: Gemeinde", "name: " + quote + "Gemeinde").replace("q-numbers: 4", "q-numbers: " + quote + "4" + quote);
            assertSaid(changed, "antworten.yaml", "4:9",
                    "das hier geöffnete Anführungszeichen wird erst in Zeile 7, Spalte 14 geschlossen, und was dort folgt, passt nicht;"
                            + " fehlt das schließende Anführungszeichen in dieser Zeile?",
                    "the quote opened here is closed only in line 7, column 14, and what follows it there does not fit;"
                            + " is the closing quote missing on this line?");
        }
    }

    /** A control character between the values stands at its own column, not at the one after it (which Jackson names). */
    @org.junit.jupiter.api.Test
    void a_control_character_between_the_values_is_named_at_its_own_column() {
        String changed = JSON.replace("\"1.2.0\", ", "\"1.2.0\",\n\u0001 ");
        assertThat(changed).as("the slip is made").isNotEqualTo(JSON);
        assertSaid(changed, "antworten.json", "2:1", "das Steuerzeichen U+0001 steht zwischen den Werten",
                "the control character U+0001 stands between the values");
    }

    private static void assertSaid(String file, String source, String at, String german, String english) {
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            AnswersRead read = new AnswersReader(new Mappers(), new Messages(language))
                    .read(source, file.getBytes(StandardCharsets.UTF_8), LOADED);
            assertThat(read.problems()).as("%s in %s", file, language).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("syntax");
                assertThat(p.location().line() + ":" + p.location().column()).isEqualTo(at);
                assertThat(p.message()).contains(language == Locale.GERMAN ? german : english)
                        .doesNotContain("was expecting", "Unexpected", "org.yaml", "Event", "while parsing", "while scanning", "but found", "but got", "[Source");
            });
        }
    }
}
