package be.koepel.platform.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Converts the query parameters of every service, so that an unreadable one answers 400 naming the
 * parameter. Left to itself, RESTEasy Reactive wraps a failed conversion of a query parameter into a
 * 404 that names nothing. Numbers, UUIDs and enums come through here, also as fields of a
 * {@code @BeanParam} such as {@link be.koepel.platform.paging.PageRequest}; the java.time types never
 * consult a converter provider, so {@link ProblemMappers} names those. A {@code @RestQuery} without a
 * value carries no name at runtime and keeps the default conversion: give it its name.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    private static final Map<Class<?>, Conversion> CONVERSIONS = Map.of(
            int.class, new Conversion(Integer::valueOf, "must be a whole number"),
            Integer.class, new Conversion(Integer::valueOf, "must be a whole number"),
            long.class, new Conversion(Long::valueOf, "must be a whole number"),
            Long.class, new Conversion(Long::valueOf, "must be a whole number"),
            short.class, new Conversion(Short::valueOf, "must be a whole number"),
            Short.class, new Conversion(Short::valueOf, "must be a whole number"),
            double.class, new Conversion(Double::valueOf, "must be a number"),
            Double.class, new Conversion(Double::valueOf, "must be a number"),
            UUID.class, new Conversion(UUID::fromString, "must be a UUID"));

    private record Conversion(Function<String, Object> parse, String message) {
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParamName(annotations);
        if (name == null) {
            return null;
        }
        Conversion conversion = CONVERSIONS.get(rawType);
        if (conversion == null && rawType.isEnum() && !declaresFromString(rawType)) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String values = Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            conversion = new Conversion(value -> Enum.valueOf(type, value), "must be one of " + values);
        }
        return conversion == null ? null : (ParamConverter<T>) new Named(name, conversion, !rawType.isPrimitive());
    }

    private static String queryParamName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof RestQuery query && !query.value().isEmpty()) {
                return query.value();
            }
        }
        return null;
    }

    /** An enum with its own {@code fromString} converts as it says, not by constant name. */
    private static boolean declaresFromString(Class<?> type) {
        try {
            type.getMethod("fromString", String.class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** @param blankIsAbsent {@code ?referralId=} filters by nothing; a primitive has no "nothing" to be */
    private record Named(String name, Conversion conversion, boolean blankIsAbsent) implements ParamConverter<Object> {

        @Override
        public Object fromString(String value) {
            if (value == null || value.isBlank() && blankIsAbsent) {
                return null;
            }
            try {
                return conversion.parse().apply(value.trim());
            } catch (IllegalArgumentException e) {
                // NumberFormatException is one too. RESTEasy passes a WebApplicationException on unchanged.
                throw ProblemException.badField(name, conversion.message()).asWebApplicationException();
            }
        }

        @Override
        public String toString(Object value) {
            return value == null ? null : value.toString();
        }
    }
}
