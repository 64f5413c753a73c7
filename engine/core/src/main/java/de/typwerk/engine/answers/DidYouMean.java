package de.typwerk.engine.answers;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The closest known id to a misspelt one, for "did you mean …?": the candidate with the smallest
 * edit distance, if that distance is small for the word's length (at most 1 for short ids, 2 from
 * five characters, 3 from ten). Ties go to the earlier candidate, so suggestions are stable.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    public static Optional<String> among(String wrong, Collection<String> candidates) {
        String w = wrong.toLowerCase(Locale.ROOT);
        int allowed = w.length() >= 10 ? 3 : w.length() >= 5 ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance > 0 && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
