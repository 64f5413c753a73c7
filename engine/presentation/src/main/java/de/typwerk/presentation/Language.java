package de.typwerk.presentation;

import java.util.Locale;
import java.util.Optional;

/** The languages the CLI speaks; German is the default and the fallback. */
public enum Language {
    /** German, the default. */
    DE(Locale.GERMAN),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** {@return the locale of this language, for bundles and number formats} */
    public Locale locale() {
        return locale;
    }

    /** {@return the tag used in definitions’ localized texts: {@code de} or {@code en}} */
    public String tag() {
        return locale.getLanguage();
    }

    /** Lower case, as typed on the command line and shown in the help. */
    @Override
    public String toString() {
        return tag();
    }

    /**
     * {@return the language named by {@code tag} ({@code de}, {@code EN}, {@code en-GB}), if it is one of ours}
     *
     * @param tag a language tag as a user or a client writes it; {@code null} names none
     */
    public static Optional<Language> of(String tag) {
        String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        String language = cut >= 0 ? t.substring(0, cut) : t;
        for (Language l : values()) {
            if (l.tag().equals(language)) return Optional.of(l);
        }
        return Optional.empty();
    }

    /**
     * {@return the system locale’s language if we speak it, else German}
     *
     * @param system the locale of the machine
     */
    public static Language defaultFor(Locale system) {
        return of(system.getLanguage()).orElse(DE);
    }

    /**
     * The language asked for with {@code --lang X} or {@code --lang=X} anywhere in {@code args}.
     * The help texts must be in that language before picocli has parsed anything, so the CLI
     * looks ahead; picocli still parses (and rejects) the option properly later.
     *
     * @param args the command line as given
     * @return the last language asked for that is one of ours; empty when none is
     */
    public static Optional<Language> requestedIn(String[] args) {
        Optional<Language> found = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) break;
            if (a.equals("--lang") && i + 1 < args.length) {
                Optional<Language> l = of(args[i + 1]);
                if (l.isPresent()) found = l;
            } else if (a.startsWith("--lang=")) {
                Optional<Language> l = of(a.substring("--lang=".length()));
                if (l.isPresent()) found = l;
            }
        }
        return found;
    }
}
