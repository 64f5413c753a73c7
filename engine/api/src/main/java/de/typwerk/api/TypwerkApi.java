package de.typwerk.api;

import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.Version;
import org.apiguardian.api.API;

/** The version of this API, which plugin descriptors name a range of ({@code api: "[1.0,2.0)"}). */
@API(status = STABLE, since = "1.0")
public final class TypwerkApi {

    /**
     * The API version this jar implements. Minor versions add, major versions break; a plugin built
     * against 1.x runs on every 1.y with y at least x.
     */
    public static final Version VERSION = Version.parse("1.0.0");

    private TypwerkApi() {
    }
}
