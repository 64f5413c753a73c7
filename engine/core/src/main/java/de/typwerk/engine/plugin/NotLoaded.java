package de.typwerk.engine.plugin;

import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.strategy.PluginOrigin;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plugins that were not loaded, for the messages that would otherwise leave a user guessing:
 * an unknown questionnaire or strategy is named together with the refused (or failed) plugins that
 * would have provided it, and why they were not loaded. Filled by the plugin platform while the
 * engine starts (after each round, so that a definition naming a strategy of a plugin refused
 * earlier says so); read-only afterwards.
 */
@Singleton
public final class NotLoaded {

    private final Messages messages;
    // replaced as a whole, never changed in place
    private volatile List<PluginEntry> entries = List.of();
    // loaded plugins that provide nothing: a strategy's author may have lost its services file
    private volatile List<PluginEntry> empty = List.of();

    @Inject
    NotLoaded(Messages messages) {
        this.messages = messages;
    }

    /**
     * The same plugins not loaded, said in the language of {@code other}: for an engine speaking
     * another language ({@code Typwerk.speaking}), which loads nothing itself.
     */
    public NotLoaded speaking(Messages other) {
        NotLoaded view = new NotLoaded(other);
        view.entries = entries;
        view.empty = empty;
        return view;
    }

    void replace(List<PluginEntry> report) {
        entries = report.stream().filter(e -> !e.loaded()).toList();
        empty = report.stream().filter(e -> e.loaded() && e.offers().isEmpty()).toList();
    }

    /** The plugins not loaded that carry a questionnaire with this id ({@code id@version} counts by its id). */
    public List<PluginEntry> offeringQuestionnaire(String idOrCoordinates) {
        String id = idOrCoordinates.contains("@") ? idOrCoordinates.substring(0, idOrCoordinates.indexOf('@'))
                : idOrCoordinates;
        return entries.stream().filter(e -> e.offers().stream()
                .anyMatch(o -> o.kind() == Offer.Kind.QUESTIONNAIRE && o.id().equals(id))).toList();
    }

    /** The plugins not loaded that provide a strategy with this id. */
    public List<PluginEntry> offeringStrategy(String id) {
        return entries.stream().filter(e -> e.offers().stream()
                .anyMatch(o -> o.kind() == Offer.Kind.STRATEGY && o.id().equals(id))).toList();
    }

    /** The plugins not loaded that register strategies whose ids are unknown, since they were never created. */
    public List<PluginEntry> withUnknownStrategies() {
        return entries.stream().filter(e -> e.offers().stream()
                .anyMatch(o -> o.kind() == Offer.Kind.STRATEGY && o.unknown())).toList();
    }

    /** A sentence (with a leading space) naming the plugins not loaded that had this questionnaire; else {@code ""}. */
    public String questionnaireNote(String idOrCoordinates) {
        List<PluginEntry> offering = offeringQuestionnaire(idOrCoordinates);
        return offering.isEmpty() ? "" : " " + messages.get("plugin.not-loaded.questionnaire", list(offering));
    }

    /**
     * A sentence (with a leading space) naming the plugins not loaded that had this strategy, or
     * that may have had it (their strategies were never created); else {@code ""}.
     */
    public String strategyNote(String id) {
        List<PluginEntry> offering = offeringStrategy(id);
        if (!offering.isEmpty()) return " " + messages.get("plugin.not-loaded.strategy", list(offering));
        List<PluginEntry> unknown = withUnknownStrategies();
        if (!unknown.isEmpty()) return " " + messages.get("plugin.not-loaded.strategy-unknown", id, list(unknown));
        return empty.isEmpty() ? "" : " " + messages.get("plugin.not-loaded.provides-nothing", empty.stream()
                .map(e -> e.id() + " (" + PluginOrigin.shown(e.source(), messages) + ")").collect(Collectors.joining("; ")));
    }

    private String list(List<PluginEntry> plugins) {
        return plugins.stream().map(e -> messages.get("plugin.not-loaded.entry", e.id(), PluginOrigin.shown(e.source(), messages), e.shortReason()))
                .collect(Collectors.joining("; "));
    }
}
