package se.digitalimpactnorth.common;

import java.util.List;

/**
 * Envelope of a complete, unpaged list (small reference vocabularies). Paged lists add a
 * {@code nextCursor}; keeping the envelope lets a list grow paging without breaking clients.
 */
public interface ApiList<T> {
    List<T> items();
}
