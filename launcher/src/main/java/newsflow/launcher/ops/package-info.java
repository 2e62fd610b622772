/**
 * Operator commands against a running pipeline, through Kafka alone: {@code sources} (the source-status topic),
 * {@code status} (consumer groups, lag, members, recent dead letters, via the {@code Admin} client) and
 * {@code dead-letters list|replay}.
 */
package newsflow.launcher.ops;
