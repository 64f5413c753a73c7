package de.typwerk.engine.definition;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name closest to a misspelt one, for "did you mean …?". Case is ignored, and only a
 * close name counts: a third of the name's letters may differ at most, so that "titel" finds
 * "title" but "xy" does not find "id".
 */
public final class NearMiss {

    private NearMiss() {
    }

    public static Optional<String> among(String given, Collection<String> known) {
        String g = given.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, g.length() / 3));
        return known.stream()
                .filter(k -> !k.equals(given))
                .map(k -> new Candidate(k, distance(g, k.toLowerCase(Locale.ROOT))))
                .filter(c -> c.distance <= allowed)
                .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .map(Candidate::name);
    }

    private record Candidate(String name, int distance) {
    }

    /** Levenshtein distance, with a transposition counting as one edit ("tilte" → "title"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
