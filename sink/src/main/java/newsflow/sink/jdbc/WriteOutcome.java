package newsflow.sink.jdbc;

import java.util.List;

/**
 * What {@link EditionUpsertWriter#write} did with a batch.
 *
 * @param stored    editions inserted or replacing an older row
 * @param unchanged editions not written because the stored row is as new or newer (redelivery, late replay)
 * @param failures  editions that cannot be stored (poison records), by their index in the batch
 * @param inserted  of {@code stored}, the editions whose key was not in the table before (the rest replaced
 *                  an older version)
 */
public record WriteOutcome(int stored, int unchanged, List<Failure> failures, int inserted) {

    /**
     * A poison record.
     *
     * @param index position of the edition in the batch given to the writer
     * @param error why it failed (a constraint violation, an {@link InvalidEditionException}…)
     */
    public record Failure(int index, Exception error) {
    }
}
