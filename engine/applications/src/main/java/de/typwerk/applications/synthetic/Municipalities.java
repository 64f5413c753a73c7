package de.typwerk.applications.synthetic;

import de.typwerk.api.model.Respondent;
import de.typwerk.engine.answers.FederalState;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Draws plausible German municipalities: a name built from a small list of syllables, a kind
 * ({@code gemeinde}, {@code stadt}, {@code kreis}), an AGS with a valid structure and the state it
 * names. States are drawn in proportion to their number of municipalities (roughly), so
 * Rheinland-Pfalz and Bayern are common and the city states rare, as in a real survey.
 *
 * <p>AGS {@code LL R KK GGG}: the state code; a Regierungsbezirk digit the state really uses (0
 * where it has none); a Kreis number from the state's range of Landkreise; a Gemeinde number
 * 001–199 for a gemeinde or stadt and {@code 000} for a Kreis. The city states have their real
 * keys. Names and AGS are synthetic: they need not exist, only look and parse like real ones.
 */
final class Municipalities {

    /** One state's share of draws, its Regierungsbezirk digits and its range of Kreis numbers. */
    private record StateShape(FederalState state, int weight, List<Integer> districts, int firstKreis, int kreiseEach) {
    }

    /** Weights: about the number of municipalities per state. */
    private static final List<StateShape> STATES = List.of(
            new StateShape(FederalState.SCHLESWIG_HOLSTEIN, 1106, List.of(0), 51, 11),
            new StateShape(FederalState.HAMBURG, 1, List.of(0), 0, 0),
            new StateShape(FederalState.NIEDERSACHSEN, 942, List.of(1, 2, 3, 4), 51, 9),
            new StateShape(FederalState.BREMEN, 2, List.of(0), 0, 0),
            new StateShape(FederalState.NORDRHEIN_WESTFALEN, 396, List.of(1, 3, 5, 7, 9), 54, 6),
            new StateShape(FederalState.HESSEN, 421, List.of(4, 5, 6), 31, 7),
            new StateShape(FederalState.RHEINLAND_PFALZ, 2301, List.of(1, 2, 3), 31, 8),
            new StateShape(FederalState.BADEN_WUERTTEMBERG, 1101, List.of(1, 2, 3, 4), 15, 9),
            new StateShape(FederalState.BAYERN, 2056, List.of(1, 2, 3, 4, 5, 6, 7), 71, 10),
            new StateShape(FederalState.SAARLAND, 52, List.of(0), 41, 6),
            new StateShape(FederalState.BERLIN, 1, List.of(0), 0, 0),
            new StateShape(FederalState.BRANDENBURG, 413, List.of(0), 60, 14),
            new StateShape(FederalState.MECKLENBURG_VORPOMMERN, 726, List.of(0), 71, 6),
            new StateShape(FederalState.SACHSEN, 418, List.of(5, 6, 7), 21, 4),
            new StateShape(FederalState.SACHSEN_ANHALT, 218, List.of(0), 81, 11),
            new StateShape(FederalState.THUERINGEN, 605, List.of(0), 61, 17));

    private static final int TOTAL_WEIGHT = STATES.stream().mapToInt(StateShape::weight).sum();

    private static final List<String> PREFIXES = List.of("", "", "", "", "Alt", "Neu", "Ober", "Nieder", "Groß", "Klein", "Hohen");
    private static final List<String> STEMS = List.of("Linden", "Eichen", "Buchen", "Birken", "Tannen", "Rosen", "Wald",
            "Berg", "Stein", "Mühl", "Weiden", "Fichten", "Wiesen", "Brunn", "Hasel", "Erlen", "Sonnen", "Kirch",
            "Mark", "Seel", "Hain", "Rot", "Grün", "Falken");
    private static final List<String> SUFFIXES = List.of("dorf", "hausen", "feld", "heim", "bach", "burg", "stedt", "ingen",
            "au", "hagen", "rode", "berg", "thal", "kirchen", "walde", "brück", "see", "furt");

    /**
     * Draws one municipality: of the kind given, else of a kind drawn. A Kreis or a Gemeinde is
     * never drawn in a city state (Berlin, Hamburg, Bremen), which has neither.
     */
    Respondent draw(SplittableRandom random, Optional<String> only) {
        StateShape shape = state(random);
        // without a kind given, the draws are what they always were
        while (only.isPresent() && !only.get().equals("stadt") && shape.kreiseEach() == 0) shape = state(random);
        FederalState state = shape.state();
        if (shape.kreiseEach() == 0) return cityState(state, random);
        int roll = random.nextInt(100);
        String kind = only.orElse(roll < 6 ? "kreis" : roll < 30 ? "stadt" : "gemeinde");
        int district = shape.districts().get(random.nextInt(shape.districts().size()));
        int kreis = shape.firstKreis() + random.nextInt(shape.kreiseEach());
        int gemeinde = kind.equals("kreis") ? 0 : 1 + random.nextInt(199);
        String ags = state.code() + district + two(kreis) + three(gemeinde);
        String place = placeName(random);
        String name = switch (kind) {
            case "kreis" -> "Landkreis " + place;
            case "stadt" -> "Stadt " + place;
            default -> "Gemeinde " + place;
        };
        return respondent(name, ags, kind, state);
    }

    private static StateShape state(SplittableRandom random) {
        int pick = random.nextInt(TOTAL_WEIGHT);
        for (StateShape s : STATES) {
            pick -= s.weight();
            if (pick < 0) return s;
        }
        return STATES.get(STATES.size() - 1);
    }

    /** Hamburg, Berlin and Bremen's two cities: their real names and keys. */
    private static Respondent cityState(FederalState state, SplittableRandom random) {
        return switch (state) {
            case HAMBURG -> respondent("Freie und Hansestadt Hamburg", "02000000", "stadt", state);
            case BERLIN -> respondent("Berlin", "11000000", "stadt", state);
            default -> random.nextInt(3) == 0
                    ? respondent("Stadt Bremerhaven", "04012000", "stadt", state)
                    : respondent("Stadt Bremen", "04011000", "stadt", state);
        };
    }

    private static String placeName(SplittableRandom random) {
        String prefix = PREFIXES.get(random.nextInt(PREFIXES.size()));
        String stem = STEMS.get(random.nextInt(STEMS.size()));
        String suffix = SUFFIXES.get(random.nextInt(SUFFIXES.size()));
        // Locale.ROOT: a Turkish default locale must not turn "I" into a dotless "ı"
        return prefix.isEmpty() ? stem + suffix : prefix + stem.toLowerCase(Locale.ROOT) + suffix;
    }

    private static Respondent respondent(String name, String ags, String kind, FederalState state) {
        return Respondent.builder().name(name).ags(ags).kind(kind).state(state.germanName()).build();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String three(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }
}
