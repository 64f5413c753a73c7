package de.typwerk.testkit;

import java.nio.file.Path;

/** The contract run as an author runs it, on a plugin folder that passes every check. */
class GoodPluginTest implements QuestionnairePluginContract {

    @Override
    public Path pluginRoot() {
        return Path.of("src", "test", "resources", "plugins", "good");
    }
}
