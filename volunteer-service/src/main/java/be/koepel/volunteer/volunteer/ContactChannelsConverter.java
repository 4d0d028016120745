package be.koepel.volunteer.volunteer;

import be.koepel.contracts.volunteer.ContactChannel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Contact channels as one JSON column: they are always read and written whole, with their owner. */
@Converter
public class ContactChannelsConverter implements AttributeConverter<List<ContactChannel>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ContactChannel>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<ContactChannel> channels) {
        if (channels == null || channels.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(channels);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contact channels could not be written as JSON", e);
        }
    }

    @Override
    public List<ContactChannel> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return null;
        }
        try {
            return List.copyOf(JSON.readValue(column, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored contact channels are not valid JSON", e);
        }
    }
}
