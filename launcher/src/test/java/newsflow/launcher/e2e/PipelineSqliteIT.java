package newsflow.launcher.e2e;

/**
 * Demo site → ingest → enrich → sink on the embedded Kafka broker into SQLite in a temporary work folder: the
 * default {@code newsflow demo} stack. The checks are in {@link DemoPipelineChecks}.
 */
class PipelineSqliteIT extends DemoPipelineChecks {
}
