package org.hocvu.lms.competency;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A competency framework in one version: a level scale, domains, and the competencies of each
 * domain with their level descriptors and crosswalks to other frameworks. Identifiers are the
 * IMS CASE identifiers, kept as they are so export → import → export gives the same document.
 *
 * @param key        how the API names it: a plugin framework's own id, an imported one's document identifier
 * @param source     who issued it (CASE {@code creator})
 * @param lastChange when its content last changed, ISO-8601 (CASE {@code lastChangeDateTime})
 * @param language   the language of an imported one-language framework; {@code null} when written in several
 */
public record Framework(String key, String version, UUID identifier, Text title, Text description, String source,
                        String lastChange, String language, List<Level> levels, List<Domain> domains) {

    /** One step of the scale; {@code note} says e.g. which school grades it fits. */
    public record Level(String code, int step, Text name, Text note) {
    }

    public record Domain(String code, UUID identifier, Text name, List<Competency> competencies) {
    }

    /** {@code levels} maps a level code to what someone at that level can do in this competency. */
    public record Competency(String code, UUID identifier, Text name, Text description, Map<String, Text> levels,
                             List<Crosswalk> crosswalks) {
    }

    /** A link to a node of another (or the same) framework: a CASE association other than the tree's own. */
    public record Crosswalk(CrosswalkType type, NodeRef target) {
    }

    public Stream<Competency> competencies() {
        return domains.stream().flatMap(d -> d.competencies().stream());
    }

    public Optional<Competency> competency(String code) {
        return competencies().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Domain> domain(String code) {
        return domains.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public Optional<Level> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** Every code a result can be earned against: domains and competencies. */
    public Stream<String> codes() {
        return Stream.concat(domains.stream().map(Domain::code), competencies().map(Competency::code));
    }
}
