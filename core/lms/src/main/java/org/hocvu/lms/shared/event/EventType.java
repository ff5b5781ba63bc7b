package org.hocvu.lms.shared.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name of a {@link DomainEvent} and the version of its JSON shape. A stored event keeps
 * both, so it stays readable after the record changes: a new optional field keeps the version,
 * a field that changes meaning or goes away raises it (and readers of older versions say so).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    /** Stable forever, {@code <context>.<what-happened>}, e.g. {@code identity.learner-unit-changed}. */
    String value();

    int schemaVersion() default 1;
}
