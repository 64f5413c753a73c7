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

    /**
     * The part named {@code field} of a multipart body.
     *
     * @return the file, or empty when there is no such part or the body is not well formed
     */
    static Optional<MultipartFile> find(byte[] body, String boundary, String field) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int headersStart = at + delimiter.length;
            if (headersStart + 2 > body.length || (body[headersStart] == '-' && body[headersStart + 1] == '-')) return Optional.empty();
            headersStart += 2; // CRLF after the delimiter
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) return Optional.empty();
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), contentStart);
            if (next < 0) return Optional.empty();
            Matcher name = NAME.matcher(headers);
            if (name.find() && name.group(1).equals(field)) {
                Matcher file = FILE_NAME.matcher(headers);
                byte[] content = java.util.Arrays.copyOfRange(body, contentStart, next);
                return Optional.of(new MultipartFile(file.find() ? file.group(1) : "", content));
            }
            at = next + 2;
        }
        return Optional.empty();
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
