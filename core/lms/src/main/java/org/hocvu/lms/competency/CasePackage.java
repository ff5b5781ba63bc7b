package org.hocvu.lms.competency;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * IMS CASE 1.0 JSON (Competencies and Academic Standards Exchange): the parts of a CFPackage
 * HọcVụ writes and reads. Fields of other CASE producers that HọcVụ does not keep are ignored on
 * import. Levels and their descriptors travel as a CFRubric: one criterion for the scale (no
 * CFItemURI; level code in {@code quality}, step in {@code score}, level name in
 * {@code description}, its note in {@code feedback}), and one criterion per competency whose
 * levels carry the competency's level descriptors.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics"})
public record CasePackage(@JsonProperty("CFDocument") Document document,
                          @JsonProperty("CFItems") List<Item> items,
                          @JsonProperty("CFAssociations") List<Association> associations,
                          @JsonProperty("CFDefinitions") Definitions definitions,
                          @JsonProperty("CFRubrics") List<Rubric> rubrics) {

    /** A reference to a node: CASE's LinkURI. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LinkUri(String title, String identifier, String uri) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String identifier, String uri, @JsonProperty("CFPackageURI") LinkUri packageUri,
                           String creator, String title, String lastChangeDateTime, String description,
                           String language, String version, String adoptionStatus) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String identifier, String uri, String fullStatement, String humanCodingScheme,
                       String listEnumeration, String notes, String language,
                       @JsonProperty("CFItemType") String itemType, @JsonProperty("CFItemTypeURI") LinkUri itemTypeUri,
                       @JsonProperty("CFDocumentURI") LinkUri documentUri, String lastChangeDateTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Association(String identifier, String uri, String associationType, Integer sequenceNumber,
                              LinkUri originNodeURI, LinkUri destinationNodeURI,
                              @JsonProperty("CFDocumentURI") LinkUri documentUri, String lastChangeDateTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Definitions(@JsonProperty("CFItemTypes") List<ItemType> itemTypes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemType(String identifier, String uri, String title, String description, String hierarchyCode,
                           String lastChangeDateTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rubric(String identifier, String uri, String title, String description, String lastChangeDateTime,
                         @JsonProperty("CFRubricCriteria") List<Criterion> criteria) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Criterion(String identifier, String uri, String category, String description,
                            @JsonProperty("CFItemURI") LinkUri itemUri, Integer position, String rubricId,
                            String lastChangeDateTime,
                            @JsonProperty("CFRubricCriterionLevels") List<CriterionLevel> levels) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CriterionLevel(String identifier, String uri, String description, String quality, Double score,
                                 String feedback, Integer position, String rubricCriterionId,
                                 String lastChangeDateTime) {
    }
}
