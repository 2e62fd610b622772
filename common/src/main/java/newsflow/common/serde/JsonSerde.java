package newsflow.common.serde;

import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for a Java record as UTF-8 JSON ({@link Json}). A null value stays null (a tombstone); an empty
 * or malformed value fails with {@link SerializationException}, which the deserialization handler turns into a
 * dead-letter record.
 *
 * @param <T> the record type
 */
public final class JsonSerde<T> implements Serde<T> {
    private final Class<T> type;

    /** @param type the record class to read */
    public JsonSerde(Class<T> type) {
        this.type = type;
    }

    /** @return a serde for {@code type} */
    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(type);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return Json.mapper().writeValueAsBytes(value);
            } catch (IOException e) {
                throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON", e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            if (data.length == 0) {
                throw new SerializationException("empty value where a " + type.getSimpleName() + " was expected");
            }
            try {
                return Json.mapper().readValue(data, type);
            } catch (IOException e) {
                throw new SerializationException("malformed " + type.getSimpleName() + " JSON: " + e.getMessage(), e);
            }
        };
    }
}
