package be.koepel.platform.paging;

import java.util.List;

/** One page of a list; every list in the API is paged. */
public record PageResult<T>(List<T> items, int page, int size, long total) {
}
