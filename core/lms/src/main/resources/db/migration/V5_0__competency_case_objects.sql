-- competency context: every IMS CASE object a stored framework version exports (its document and package,
-- items, associations, rubrics, definitions), so that the public CASE provider API at /ims/case/v1p0/
-- finds any of them by identifier, and an export knows which linked nodes HọcVụ itself serves.
-- One identifier may be in several versions of a framework (history stays readable) and, for shared
-- definitions such as HọcVụ's item types, in several frameworks.
CREATE TABLE competency_case_object (
    framework_id  uuid        NOT NULL REFERENCES competency_framework (id),
    identifier    uuid        NOT NULL,
    kind          varchar(24) NOT NULL,
    PRIMARY KEY (framework_id, identifier, kind)
);
-- the provider API's lookups: GET /ims/case/v1p0/<kind>/<identifier>, and "is this node held here?"
CREATE INDEX competency_case_object_identifier_idx ON competency_case_object (identifier, kind);
