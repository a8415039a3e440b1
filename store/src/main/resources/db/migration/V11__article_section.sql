-- The news site's section of an article (IT, 경제 > 금융), as ingest reads it from the label above the
-- headline, the page's metadata or a feed item's category; NULL when the source does not say.
-- Plain SQL for H2 2.x and PostgreSQL 13+.
ALTER TABLE hb_article ADD COLUMN section VARCHAR(200);
