package de.typwerk.interop;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.typwerk.engine.definition.StrictUtf8;
import de.typwerk.interop.limesurvey.LimeSurveyCodes;
import de.typwerk.interop.limesurvey.LimeSurveyResponses;
import de.typwerk.interop.surveyjs.SurveyJsExport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which tool wrote a file, where its beginning says so beyond doubt; see
 * {@link ResponseFormat#recognize(byte[])}. Nothing here can be an answers file of Typwerk: a
 * top-level {@code resourceType} or {@value SurveyJsExport#MARKER} is a key an answers file does
 * not have, a line of quoted cells after a byte order mark is no YAML mapping, and neither is a
 * second line of tab-separated cells.
 */
final class Recognition {

    /** A heading line as LimeSurvey writes it: every cell quoted, {@code ;} or {@code ,} between them. */
    private static final Pattern QUOTED_CELLS = Pattern.compile("\"[^\"]*\"(?:([;,])\"[^\"]*\")(?:\\1\"[^\"]*\")*");

    private Recognition() {
    }

    static Optional<ResponseFormat> of(byte[] head) {
        boolean bom = StrictUtf8.byteOrderMarkAt(head, 0, head.length);
        int start = bom ? 3 : 0;
        if (bom && limeSurveyHeadings(head, start)) return Optional.of(ResponseFormat.LIMESURVEY);
        if (!bom && vvHeadings(head)) return Optional.of(ResponseFormat.LIMESURVEY);
        // LimeSurvey's survey structure or an XML export of it: its reader says what the file is and what to export instead
        Optional<String> notResponses = LimeSurveyResponses.notResponses(head);
        if (notResponses.equals(Optional.of("limesurvey.structure"))
                || notResponses.equals(Optional.of("limesurvey.xml")) && new String(head, StandardCharsets.ISO_8859_1).contains("<LimeSurveyDocType>")) {
            return Optional.of(ResponseFormat.LIMESURVEY);
        }
        try (JsonParser p = Json.mapper().getFactory().createParser(head, start, head.length - start)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) return objectKind(p, true);
            if (first == JsonToken.START_ARRAY && p.nextToken() == JsonToken.START_OBJECT) {
                return objectKind(p, false);
            }
            return Optional.empty();
        } catch (IOException e) {
            // not JSON, or the beginning ends before it says anything: not recognised
            return Optional.empty();
        }
    }

    /** The keys of the object {@code p} stands at: a FHIR resource's {@code resourceType}, or SurveyJS's marker. */
    private static Optional<ResponseFormat> objectKind(JsonParser p, boolean fhirAllowed) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (fhirAllowed && key.equals("resourceType") && value == JsonToken.VALUE_STRING) return Optional.of(ResponseFormat.FHIR);
            if (key.equals(SurveyJsExport.MARKER) && value == JsonToken.VALUE_STRING) return Optional.of(ResponseFormat.SURVEYJS);
            // a SurveyJS survey (the export itself) where its results belong: its reader says so
            // (pages, or a single page's elements at the top, as SurveyJS's creator writes a survey of one page)
            if (fhirAllowed && (key.equals("pages") || key.equals("elements")) && value == JsonToken.START_ARRAY) {
                return Optional.of(ResponseFormat.SURVEYJS);
            }
            p.skipChildren();
        }
        return Optional.empty();
    }

    /**
     * LimeSurvey's VV file: a first line with tabs (the question texts), a second of codes with
     * tabs between them, among them {@code id} or {@code TYPWERK}; no YAML mapping has such a
     * second line.
     */
    private static boolean vvHeadings(byte[] head) {
        int firstEnd = lineEnd(head, 0);
        if (firstEnd == head.length || new String(head, 0, firstEnd, StandardCharsets.UTF_8).indexOf('\t') < 0) return false;
        int second = firstEnd + (head[firstEnd] == '\r' && firstEnd + 1 < head.length && head[firstEnd + 1] == '\n' ? 2 : 1);
        int secondEnd = lineEnd(head, second);
        if (secondEnd == head.length) return false;
        List<String> cells = List.of(new String(head, second, secondEnd - second, StandardCharsets.UTF_8).split("\t", -1));
        return cells.size() > 1 && (cells.contains("id") || cells.contains(LimeSurveyCodes.MARKER));
    }

    /** Where the line starting at {@code start} ends: its line break, or the end of {@code head}. */
    private static int lineEnd(byte[] head, int start) {
        int end = start;
        while (end < head.length && head[end] != '\n' && head[end] != '\r') end++;
        return end;
    }

    private static boolean limeSurveyHeadings(byte[] head, int start) {
        int end = lineEnd(head, start);
        if (end == head.length) return false;
        String line = new String(head, start, end - start, StandardCharsets.UTF_8);
        java.util.regex.Matcher quoted = QUOTED_CELLS.matcher(line);
        if (!quoted.matches()) return false;
        List<String> headings = List.of(line.substring(1, line.length() - 1).split("\"[;,]\"", -1));
        List<String> cells = headings.stream().map(LimeSurveyCodes::headingCode).toList();
        // with "Export questions as: Full question text" no heading is a code, but the hidden
        // question TYPWERK's text, id@version, stands as its heading: its reader says to export codes
        if (cells.contains("id") || cells.contains(LimeSurveyCodes.MARKER) || headings.stream().anyMatch(h -> MARKER_TEXT.matcher(h).matches())) {
            return true;
        }
        // "Abbreviated question text" cuts that heading short ("oefit-digitali.."), but the first
        // response holds TYPWERK's value, id@version, in a cell of its own
        int second = end + (head[end] == '\r' && end + 1 < head.length && head[end + 1] == '\n' ? 2 : 1);
        String response = new String(head, second, lineEnd(head, second) - second, StandardCharsets.UTF_8);
        String separator = Pattern.quote(quoted.group(1));
        return Pattern.compile("(?:^|" + separator + ")\"" + MARKER_TEXT.pattern() + "\"(?:" + separator + "|$)").matcher(response).find();
    }

    /** The text of the export's hidden question {@code TYPWERK}: a questionnaire's {@code id@version}. */
    private static final Pattern MARKER_TEXT = Pattern.compile("[a-z0-9][a-z0-9-]*@[0-9]+\\.[0-9]+\\.[0-9]+");
}
