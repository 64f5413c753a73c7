// The artifactId becomes the plugin id and the questionnaire id. Held to their syntax here, when
// the project is made, rather than refused by the engine at the project's first build.
def id = request.artifactId
if (!(id ==~ /[a-z0-9][a-z0-9-]*/)) {
    new File(request.outputDirectory, id).deleteDir()
    def like = id.toLowerCase(Locale.ROOT).replaceAll(/[^a-z0-9-]+/, '-').replaceAll(/^-+|-+$/, '')
    throw new IllegalArgumentException("-DartifactId=" + id + " cannot be the id of a questionnaire plugin: it becomes"
            + " the plugin id and the questionnaire id, which are lower-case letters, digits and hyphens, starting with"
            + " a letter or digit; use e.g. -DartifactId=" + (like ?: "kreistypen") + ". Nothing was generated.")
}
