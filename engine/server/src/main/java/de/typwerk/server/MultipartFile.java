package de.typwerk.server;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one file of a {@code multipart/form-data} post (RFC 7578), as a browser sends a form with
 * {@code <input type="file">}: the part with the given field name, its file name and bytes. The
 * body is read bounded by the caller; parts are found by their boundary, nothing is streamed to
 * disk. (The JDK's server reads no multipart bodies, and one file field does not earn a library.)
 */
record MultipartFile(String fileName, byte[] content) {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
    private static final Pattern NAME = Pattern.compile("(?i)[;\\s]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)filename=\"([^\"]*)\"");

    /**
     * The boundary a {@code Content-Type} header names, if it is {@code multipart/form-data}.
     *
     * @param contentType the request's header, or {@code null}
     * @return the boundary, or empty
     */
    static Optional<String> boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).strip().startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) return Optional.empty();
        return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** A body that is not the multipart form a browser sends: the key of its text in the self-test's texts, and its arguments. */
    static final class Malformed extends Exception {
        final String key;
        final transient Object[] arguments;

        Malformed(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }
    }

    /**
     * The one part named {@code field} of a multipart body; every part is read, up to the closing
     * delimiter ({@code --boundary--}), so a body cut short or sent otherwise is told from a form
     * without the file.
     *
     * @return the file
     * @throws Malformed when the body does not close its boundary, a part's headers do not end,
     *         there is no such part, or there is more than one
     */
    static MultipartFile find(byte[] body, String boundary, String field) throws Malformed {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        MultipartFile found = null;
        int count = 0;
        int at = indexOf(body, delimiter, 0);
        if (at < 0) throw new Malformed("error.upload.malformed", boundary);
        while (true) {
            int headersStart = at + delimiter.length;
            if (headersStart + 2 > body.length) throw new Malformed("error.upload.malformed", boundary);
            if (body[headersStart] == '-' && body[headersStart + 1] == '-') break; // the closing delimiter
            if (body[headersStart] != '\r' || body[headersStart + 1] != '\n') throw new Malformed("error.upload.malformed", boundary);
            headersStart += 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) throw new Malformed("error.upload.malformed", boundary);
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int end = indexOf(body, next, contentStart);
            if (end < 0) throw new Malformed("error.upload.malformed", boundary);
            Matcher name = NAME.matcher(headers);
            if (name.find() && name.group(1).equals(field)) {
                count++;
                if (found == null) {
                    Matcher file = FILE_NAME.matcher(headers);
                    found = new MultipartFile(file.find() ? file.group(1) : "", java.util.Arrays.copyOfRange(body, contentStart, end));
                }
            }
            at = end + 2;
        }
        if (count > 1) throw new Malformed("error.form.repeated", field, count);
        if (found == null) throw new Malformed("error.upload.no-field", field);
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
