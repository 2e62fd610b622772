/**
 * Source status: how each feed and sitemap was last polled, kept on the compacted source-status topic and counted
 * in {@code newsflow_ingest_feed_polls_total}.
 */
package newsflow.ingest.status;
