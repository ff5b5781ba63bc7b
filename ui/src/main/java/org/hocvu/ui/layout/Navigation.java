package org.hocvu.ui.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.hocvu.ui.i18n.Texts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The main navigation, gathered once from the {@link NavEntry} of every page class. Quarkus REST
 * makes each resource class a bean, so the bean manager knows every page without a second list.
 */
@ApplicationScoped
public class Navigation {
    /** One declared entry: where it leads, its label key, its order and who sees it. */
    record Entry(String path, String label, int order, Set<String> roles) {
        boolean visibleTo(Set<String> personRoles) {
            return roles.isEmpty() || roles.stream().anyMatch(personRoles::contains);
        }

        /** This page, or one below it ({@code /me/units} is under {@code /me}); the front page only as itself. */
        boolean leadsTo(String requestPath) {
            String path = requestPath.contains("?") ? requestPath.substring(0, requestPath.indexOf('?')) : requestPath;
            return path.equals(this.path) || !this.path.equals("/") && path.startsWith(this.path + "/");
        }
    }

    /** A link of the navigation as the layout shows it. */
    public record Link(String label, String href, boolean current) {
    }

    private final List<Entry> entries;

    @Inject
    Navigation(BeanManager beans) {
        this(beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(Bean::getBeanClass).distinct().toList());
    }

    Navigation(List<Class<?>> pageClasses) {
        this.entries = pageClasses.stream().map(Navigation::entryOf).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(Entry::order)).toList();
    }

    private static Entry entryOf(Class<?> page) {
        NavEntry nav = page.getAnnotation(NavEntry.class);
        Path path = page.getAnnotation(Path.class);
        if (nav == null) {
            return null;
        }
        if (path == null) {
            throw new IllegalStateException(page.getName() + " has @NavEntry but no @Path to lead to");
        }
        String href = path.value().startsWith("/") ? path.value() : "/" + path.value();
        return new Entry(href, nav.label(), nav.order(), Set.of(nav.roles()));
    }

    /** The links a signed-in person with these roles sees, labelled in their language, the current page marked. */
    public List<Link> linksFor(Set<String> roles, Locale locale, String requestPath) {
        return entries.stream().filter(e -> e.visibleTo(roles))
                .map(e -> new Link(Texts.get(locale, e.label()), e.path(), e.leadsTo(requestPath)))
                .toList();
    }

    List<Entry> entries() {
        return entries;
    }
}
