// The artifactId becomes the plugin id, strategyId the id definitions name in scoring.strategy.
// Held to their syntax here, when the project is made, rather than refused by the engine at the
// project's first build.
def id = request.artifactId
def strategy = request.properties.getProperty('strategyId')
def problem = null
if (!(id ==~ /[a-z0-9][a-z0-9.-]*/)) {
    def like = id.toLowerCase(Locale.ROOT).replaceAll(/[^a-z0-9.-]+/, '-').replaceAll(/^[.-]+|[.-]+$/, '')
    problem = ("-DartifactId=" + id + " cannot be a plugin id, which is lower-case letters, digits, dots and hyphens,"
            + " starting with a letter or digit; use e.g. -DartifactId=" + (like ?: "median"))
} else if (!(strategy ==~ /[a-z0-9][a-z0-9-]*/)) {
    def like = strategy.toLowerCase(Locale.ROOT).replaceAll(/[^a-z0-9-]+/, '-').replaceAll(/^-+|-+$/, '')
    problem = ("-DstrategyId=" + strategy + " cannot be the id definitions name in scoring.strategy, which is lower-case"
            + " letters, digits and hyphens, starting with a letter or digit (no dots; strategyId is the artifactId"
            + " unless given); use e.g. -DstrategyId=" + (like ?: "median"))
}
if (problem != null) {
    new File(request.outputDirectory, id).deleteDir()
    throw new IllegalArgumentException(problem + ". Nothing was generated.")
}
