-- No query looks segments up by hash (translation memory has its own table), and the unique key
-- (source_uri, version) already serves look-ups by source. Each index cost writes on every
-- ingested segment or article: dropping them took the ingest step's database time per article
-- from 1.9 to 1.2 ms (a throwaway JDBC benchmark of ArticleStore.insertIngested).
DROP INDEX ix_segment_hash;
DROP INDEX ix_article_source;
