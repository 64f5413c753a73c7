package de.typwerk.engine.plugin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import de.typwerk.api.model.LocalizedText;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Something a plugin provides, or would have provided had it been loaded: a questionnaire or a
 * scoring strategy. For a plugin that was not loaded this is what could be learnt without running
 * its code: the questionnaires its descriptor lists (their ids read from the files), and its
 * strategies by id where they were created, else by the class its services file registers.
 *
 * @param id          the questionnaire's or strategy's id; {@code ""} for a strategy that was never
 *                    created (its id is known only to its code)
 * @param version     its version; {@code ""} where unknown
 * @param base        for a variant, the coordinates of the questionnaire it extends; else {@code ""}
 * @param provider    for a strategy, its class; else {@code ""}
 * @param description a strategy's description, a questionnaire's title; empty where unknown
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record Offer(Kind kind, String id, String version, String base, String provider, LocalizedText description) {

    /** What is offered. */
    public enum Kind {
        QUESTIONNAIRE,
        STRATEGY
    }

    static Offer questionnaire(String id, String version, String base, LocalizedText title) {
        return new Offer(Kind.QUESTIONNAIRE, id, version, base, "", title);
    }

    static Offer strategy(String id, String version, String provider, LocalizedText description) {
        return new Offer(Kind.STRATEGY, id, version, "", provider, description);
    }

    /** A strategy registered under {@code provider} whose id is unknown, since it was never created. */
    static Offer unknownStrategy(String provider) {
        return new Offer(Kind.STRATEGY, "", "", "", provider, new LocalizedText(Map.of()));
    }

    /** Whether it is a strategy whose id nobody knows. */
    public boolean unknown() {
        return id.isEmpty();
    }

    /**
     * As the plugin report has always shown it: {@code questionnaire id@version} (with
     * {@code → base} for a variant), {@code strategy id version}.
     */
    @Override
    public String toString() {
        return switch (kind) {
            case QUESTIONNAIRE -> "questionnaire " + id + "@" + version + (base.isEmpty() ? "" : " → " + base);
            case STRATEGY -> unknown() ? "strategy ? (" + provider + ")" : "strategy " + id + " " + version;
        };
    }
}
