package org.hocvu.ui.i18n;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import java.util.Locale;

/**
 * {@code {msg:key}} and {@code {msg:key(arg, ...)}} in templates: the page text in the language the
 * template instance was given with {@code setLocale} (Vietnamese when it was given none).
 */
@TemplateExtension(namespace = "msg")
public final class MessageNamespace {
    private MessageNamespace() {
    }

    @TemplateExtension(namespace = "msg", matchName = TemplateExtension.ANY)
    static String text(String key, @TemplateAttribute("locale") Object locale, Object... args) {
        return PageTexts.get(locale instanceof Locale l ? l : null, key, args);
    }
}
