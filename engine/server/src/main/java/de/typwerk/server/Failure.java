package de.typwerk.server;

import de.typwerk.api.model.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request that gets a problem document (RFC 9457, {@link Responses#problem}) instead of what it
 * asked for: its status, a title (else the status's own), the detail, the problems of refused
 * answers, and headers to send with it ({@code Allow}, {@code Retry-After}).
 */
class Failure extends Exception {

    final int status;
    final Optional<String> title;
    final String detail;
    final List<Problem> problems;
    final Map<String, String> headers = new LinkedHashMap<>();

    Failure(int status, String detail) {
        this(status, null, detail, List.of());
    }

    Failure(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    Failure(int status, String title, String detail, List<Problem> problems) {
        super(detail, null, false, false);
        this.status = status;
        this.title = Optional.ofNullable(title);
        this.detail = detail;
        this.problems = problems;
    }

    /** The same failure with a header to send along. */
    Failure with(String header, String value) {
        headers.put(header, value);
        return this;
    }
}
