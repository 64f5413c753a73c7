package de.typwerk.testkit;

import java.nio.file.Path;

/** The contract on a plugin jar instead of a folder: the same checks pass. */
class GoodPluginJarTest implements QuestionnairePluginContract {

    private static final Path JAR = FixtureJars.pack("good");

    @Override
    public Path pluginRoot() {
        return JAR;
    }
}
