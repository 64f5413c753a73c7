package de.typwerk.engine.plugin;

import de.typwerk.api.spi.QuestionnaireProvider;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.lang.module.InvalidModuleDescriptorException;
import java.lang.module.ModuleDescriptor;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * Why a plugin that registers nothing may have meant to: the two slips that leave a strategy out
 * although its author registered it, said as what to change. A {@code provides} in a
 * {@code module-info.class}, which the engine does not read (a plugin loads as an unnamed module,
 * so only {@code META-INF/services} counts), and a services file of another name than the
 * service's ({@code META-INF/services/de.typwerk.api.ScoringStrategy}).
 */
public final class Registrations {

    private static final String SERVICES = "META-INF/services/";
    private static final List<String> SERVICE_TYPES = List.of(ScoringStrategy.class.getName(), QuestionnaireProvider.class.getName());
    /** Enough for any module-info.class. */
    private static final int MODULE_INFO_LIMIT = 1 << 20;

    private Registrations() {
    }

    /** {@return the slips in {@code root}, each a sentence with a space before it; "" when there are none} */
    static String hint(PluginRoot root, Messages messages) {
        Optional<byte[]> moduleInfo;
        try {
            moduleInfo = root.read("module-info.class", MODULE_INFO_LIMIT);
        } catch (IOException e) {
            moduleInfo = Optional.empty();
        }
        return hint(moduleInfo, root.names(SERVICES), messages);
    }

    /** As {@link #hint(PluginRoot, Messages)}, for a plugin jar open as {@code zip}. */
    public static String hint(ZipFile zip, Messages messages) {
        Optional<byte[]> moduleInfo = Optional.empty();
        var entry = zip.getEntry("module-info.class");
        if (entry != null && !entry.isDirectory()) {
            try (var in = zip.getInputStream(entry)) {
                moduleInfo = Optional.of(in.readNBytes(MODULE_INFO_LIMIT));
            } catch (IOException e) {
                moduleInfo = Optional.empty();
            }
        }
        return hint(moduleInfo, PluginRoot.inZip(zip, SERVICES), messages);
    }

    /** As {@link #hint(PluginRoot, Messages)}, for the plugin jar {@code jar}, or a plugin's classes folder. */
    public static String hint(Path jar, Messages messages) {
        if (java.nio.file.Files.isDirectory(jar)) return hint(new PluginRoot.ClassPathEntry(jar.toUri().toString(), jar.toString()), messages);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return hint(zip, messages);
        } catch (IOException e) {
            return "";
        }
    }

    private static String hint(Optional<byte[]> moduleInfo, List<String> serviceFiles, Messages messages) {
        StringBuilder text = new StringBuilder();
        for (String file : serviceFiles) {
            if (SERVICE_TYPES.contains(file)) continue;
            meant(file).ifPresent(service -> text.append(' ')
                    .append(messages.get("plugin.provides-nothing.misnamed", SERVICES + file, SERVICES + service)));
        }
        moduleInfo.flatMap(Registrations::descriptor).ifPresent(module -> {
            for (ModuleDescriptor.Provides provides : module.provides().stream()
                    .sorted(java.util.Comparator.comparing(ModuleDescriptor.Provides::service)).toList()) {
                if (!SERVICE_TYPES.contains(provides.service()) || serviceFiles.contains(provides.service())) continue;
                List<String> classes = provides.providers();
                text.append(' ').append(messages.get("plugin.provides-nothing.module-info", String.join(", ", classes),
                        SERVICES + provides.service(), classes.size()));
            }
        });
        return text.toString();
    }

    /** The service a services file of this name was most likely meant for, if it looks meant for one of Typwerk's. */
    private static Optional<String> meant(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        String simple = name.substring(name.lastIndexOf('.') + 1);
        for (String service : SERVICE_TYPES) {
            String serviceSimple = service.substring(service.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (simple.equals(serviceSimple) || name.equals(service.toLowerCase(Locale.ROOT))) return Optional.of(service);
        }
        if (name.contains("typwerk")) {
            return Optional.of(name.contains("provider") ? QuestionnaireProvider.class.getName() : ScoringStrategy.class.getName());
        }
        return Optional.empty();
    }

    private static Optional<ModuleDescriptor> descriptor(byte[] bytes) {
        try {
            return Optional.of(ModuleDescriptor.read(ByteBuffer.wrap(bytes)));
        } catch (InvalidModuleDescriptorException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
