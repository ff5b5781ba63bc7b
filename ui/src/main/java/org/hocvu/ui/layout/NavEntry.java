package org.hocvu.ui.layout;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page's place in the main navigation, declared on the page class next to its {@code @Path}
 * and its security annotation (who may open it), so a new page is added in one place: the
 * layout lists every declared entry the signed-in person may see, in {@link #order()}.
 * The link goes to the class's {@code @Path}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NavEntry {
    /** The page-text key of the link's label, e.g. {@code nav_home} (in the layout area's bundle). */
    String label();

    /** Position in the navigation, lowest first; leave gaps (10, 20, ...) so pages fit in between. */
    int order();

    /**
     * Who sees the entry: any of these roles ({@code org.hocvu.lms.identity.Roles} constants);
     * empty means every signed-in person. Showing the link does not grant the page: its own
     * security annotation or check does.
     */
    String[] roles() default {};
}
