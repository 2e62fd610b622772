package newsflow.common.model;

import java.time.Instant;

/**
 * The value of the compacted dead-letter-replays topic, key = {@code <partition>:<offset>} of the dead letter
 * on the dead-letter topic: the record that a dead letter was re-submitted, so that {@code newsflow dead-letters
 * replay} never applies it twice. Written in the same Kafka transaction as the re-submitted records.
 *
 * @param stage      the dead letter's stage (DeadLetterHeaders#STAGE)
 * @param reason     its reason (exception class or reason code)
 * @param url        the page URL, or null
 * @param target     where it went: a topic name, or {@code ingest} for a URL re-queued for fetching
 * @param replayedAt when it was re-submitted
 */
public record DeadLetterReplay(String stage, String reason, String url, String target, Instant replayedAt) {
}
