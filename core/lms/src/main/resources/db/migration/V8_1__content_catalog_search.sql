-- content context: accent-insensitive catalog search. search_text is the entry's titles, summaries,
-- id and publisher folded (TextSearch.fold: "Điện thoại" → "dien thoai"); rows published before
-- this column are filled at the next start (CatalogSearchText). LIKE '%word%' uses the trigram index.
ALTER TABLE content_catalog_entry ADD COLUMN search_text text NOT NULL DEFAULT '';
CREATE INDEX content_catalog_search_trgm_idx ON content_catalog_entry USING gin (search_text gin_trgm_ops);
