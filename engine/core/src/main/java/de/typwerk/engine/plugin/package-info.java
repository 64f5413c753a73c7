/**
 * Finding, admitting and loading plugins, each in its own class loader, and the report on every candidate.
 *
 * <p>Start with {@code PluginPlatform} (the steps, in order); candidates come from {@code ClassPathScan} and
 * {@code FolderScan}, providers from {@code ProviderLookup} and {@code ProviderFactory}, and every call into
 * plugin code runs in a {@code PluginContext}. {@code PluginEntry} is one line of the report,
 * {@code StrategyRegistry} the strategies loaded.
 */
package de.typwerk.engine.plugin;
