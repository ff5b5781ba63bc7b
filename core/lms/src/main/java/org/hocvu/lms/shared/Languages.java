package org.hocvu.lms.shared;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The languages this deployment speaks, from configuration: {@code hocvu.languages=vi,en,km}, the
 * first being the default for a request that asks for none of them. Vietnamese must be among them:
 * every bundle's base file is Vietnamese, and a text missing in another language is shown in it.
 * A campaign adds a language with this setting and bundles ({@code <bundle>_<code>.properties}),
 * without code; each language's own name is the {@code language.name} key of its {@code i18n/messages}.
 */
public final class Languages {
    public static final String CONFIG_KEY = "hocvu.languages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** What a deployment speaks when it sets nothing: the two languages every bundle ships in. */
    public static final String SHIPPED = "vi,en";
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    private static volatile Cached cached;

    private record Cached(Config config, Languages languages) {
    }

    private final List<Locale> supported;

    private Languages(List<Locale> supported) {
        this.supported = List.copyOf(supported);
    }

    /** The configured languages, read once per configuration (each test application has its own). */
    public static Languages configured() {
        Config config = ConfigProvider.getConfig();
        Cached c = cached;
        if (c == null || c.config() != config) {
            c = new Cached(config, of(config.getOptionalValue(CONFIG_KEY, String.class).orElse(SHIPPED)));
            cached = c;
        }
        return c.languages();
    }

    /** {@code "vi,en,km"}: ISO 639 codes, lower case, Vietnamese among them; refused otherwise. */
    public static Languages of(String codes) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String code : codes.split(",")) {
            String tag = code.strip();
            if (!CODE.matcher(tag).matches()) {
                throw new IllegalArgumentException(CONFIG_KEY + ": '" + tag + "' is not a lower-case ISO 639 language code");
            }
            tags.add(tag);
        }
        if (!tags.contains(VIETNAMESE.getLanguage())) {
            throw new IllegalArgumentException(CONFIG_KEY + "=" + codes + " lacks vi: Vietnamese is every text's fallback");
        }
        List<Locale> locales = new ArrayList<>();
        tags.forEach(t -> locales.add(Locale.forLanguageTag(t)));
        return new Languages(locales);
    }

    public List<Locale> supported() {
        return supported;
    }

    public List<String> codes() {
        return supported.stream().map(Locale::getLanguage).toList();
    }

    public Locale defaultLanguage() {
        return supported.get(0);
    }

    /** The supported language of that code, for values that arrive from outside (a link, a cookie). */
    public Optional<Locale> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return supported.stream().filter(l -> l.getLanguage().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The supported language closest to the one asked for; the default when none matches. */
    public Locale closest(Locale wanted) {
        return wanted == null ? defaultLanguage() : find(wanted.getLanguage()).orElse(defaultLanguage());
    }

    /** The first language of the list (in the caller's order of preference) spoken here; the default when none is. */
    public Locale firstOf(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            Optional<Locale> found = find(wanted.getLanguage());
            if (found.isPresent()) {
                return found.get();
            }
        }
        return defaultLanguage();
    }

    /** An explicit choice ({@code ?lang=}, a cookie) wins over Accept-Language; the default when neither matches. */
    public Locale choose(String explicit, String acceptLanguage) {
        return find(explicit).orElseGet(() -> firstOf(parseAcceptLanguage(acceptLanguage)));
    }

    /** An Accept-Language header's languages by preference; nothing when it is absent or malformed. */
    public static List<Locale> parseAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList();
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }
}
