package de.typwerk.engine.plugin;

/** What the engine decided about a plugin candidate. */
public enum Decision {
    /** In use. */
    LOADED,
    /** Not used, for a reason the plugin's author can fix (duplicate id, API range, bad definition). */
    REFUSED,
    /** Not used because it could not be read or its code threw (corrupt jar, failing constructor). */
    FAILED;
}
