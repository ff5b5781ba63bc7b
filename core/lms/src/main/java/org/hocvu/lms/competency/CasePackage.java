package org.hocvu.lms.competency;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * IMS CASE 1.0 JSON (Competencies and Academic Standards Exchange): a CFPackage and its parts with
 * every field of the specification's data model, in its order. Unknown fields of other producers are
 * ignored on import. Fields that the specification makes lists but some producers write as one string
 * ({@code subject}, {@code educationLevel}, {@code conceptKeywords}) are read either way.
 * <p>
 * Inside a package, items and associations carry no {@code CFDocumentURI} and the document no
 * {@code CFPackageURI} (the package says both); the provider API's single objects do.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics"})
public record CasePackage(@JsonProperty("CFDocument") Document document,
                          @JsonProperty("CFItems") List<Item> items,
                          @JsonProperty("CFAssociations") List<Association> associations,
                          @JsonProperty("CFDefinitions") Definitions definitions,
                          @JsonProperty("CFRubrics") List<Rubric> rubrics) {

    /** A reference to a node: CASE's LinkURI (LinkGenURI for association ends, whose identifier need not be a UUID). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"title", "identifier", "uri"})
    public record LinkUri(String title, String identifier, String uri) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"identifier", "uri", "CFPackageURI", "creator", "title", "lastChangeDateTime", "officialSourceURL",
            "publisher", "description", "subject", "subjectURI", "language", "version", "adoptionStatus",
            "statusStartDate", "statusEndDate", "licenseURI", "notes"})
    public record Document(String identifier, String uri, @JsonProperty("CFPackageURI") LinkUri packageUri,
                           String creator, String title, String lastChangeDateTime, String officialSourceURL,
                           String publisher, String description,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> subject,
                           List<LinkUri> subjectURI, String language, String version, String adoptionStatus,
                           String statusStartDate, String statusEndDate, LinkUri licenseURI, String notes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"identifier", "fullStatement", "alternativeLabel", "CFItemType", "uri", "humanCodingScheme",
            "listEnumeration", "abbreviatedStatement", "conceptKeywords", "conceptKeywordsURI", "notes", "language",
            "educationLevel", "CFItemTypeURI", "licenseURI", "statusStartDate", "statusEndDate", "lastChangeDateTime",
            "CFDocumentURI"})
    public record Item(String identifier, String fullStatement, String alternativeLabel,
                       @JsonProperty("CFItemType") String itemType, String uri, String humanCodingScheme,
                       String listEnumeration, String abbreviatedStatement,
                       @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> conceptKeywords,
                       LinkUri conceptKeywordsURI, String notes, String language,
                       @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> educationLevel,
                       @JsonProperty("CFItemTypeURI") LinkUri itemTypeUri, LinkUri licenseURI, String statusStartDate,
                       String statusEndDate, String lastChangeDateTime,
                       @JsonProperty("CFDocumentURI") LinkUri documentUri) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"identifier", "associationType", "sequenceNumber", "uri", "originNodeURI", "destinationNodeURI",
            "CFAssociationGroupingURI", "lastChangeDateTime", "CFDocumentURI"})
    public record Association(String identifier, String associationType, Integer sequenceNumber, String uri,
                              LinkUri originNodeURI, LinkUri destinationNodeURI,
                              @JsonProperty("CFAssociationGroupingURI") LinkUri groupingUri, String lastChangeDateTime,
                              @JsonProperty("CFDocumentURI") LinkUri documentUri) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"CFConcepts", "CFSubjects", "CFLicenses", "CFItemTypes", "CFAssociationGroupings"})
    public record Definitions(@JsonProperty("CFConcepts") List<Concept> concepts,
                              @JsonProperty("CFSubjects") List<Subject> subjects,
                              @JsonProperty("CFLicenses") List<License> licenses,
                              @JsonProperty("CFItemTypes") List<ItemType> itemTypes,
                              @JsonProperty("CFAssociationGroupings") List<Grouping> groupings) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"identifier", "uri", "title", "keywords", "hierarchyCode", "description", "lastChangeDateTime"})
    public record Concept(String identifier, String uri, String title, String keywords, String hierarchyCode,
                          String description, String lastChangeDateTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"identifier", "uri", "title", "hierarchyCode", "description", "lastChangeDateTime"})
    public record Subject(String identifier, String uri, String title, String hierarchyCode, String description,
                          String lastChangeDateTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"identifier", "uri", "title", "description", "licenseText", "lastChangeDateTime"})
    public record License(String identifier, String uri, String title, String description, String licenseText,
                          String lastChangeDateTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"identifier", "uri", "title", "description", "hierarchyCode", "typeCode", "lastChangeDateTime"})
    public record ItemType(String identifier, String uri, String title, String description, String hierarchyCode,
                           String typeCode, String lastChangeDateTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"identifier", "uri", "title", "description", "lastChangeDateTime"})
    public record Grouping(String identifier, String uri, String title, String description, String lastChangeDateTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"identifier", "uri", "title", "description", "lastChangeDateTime", "CFRubricCriteria"})
    public record Rubric(String identifier, String uri, String title, String description, String lastChangeDateTime,
                         @JsonProperty("CFRubricCriteria") List<Criterion> criteria) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"identifier", "uri", "category", "description", "CFItemURI", "weight", "position", "rubricId",
            "lastChangeDateTime", "CFRubricCriterionLevels"})
    public record Criterion(String identifier, String uri, String category, String description,
                            @JsonProperty("CFItemURI") LinkUri itemUri, Double weight, Integer position,
                            String rubricId, String lastChangeDateTime,
                            @JsonProperty("CFRubricCriterionLevels") List<CriterionLevel> levels) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"identifier", "uri", "description", "quality", "score", "feedback", "position",
            "rubricCriterionId", "lastChangeDateTime"})
    public record CriterionLevel(String identifier, String uri, String description, String quality, Double score,
                                 String feedback, Integer position, String rubricCriterionId,
                                 String lastChangeDateTime) {
    }
}
