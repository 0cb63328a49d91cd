package se.digitalimpactnorth.insights;

import java.time.Instant;
import java.util.List;

/**
 * The JSON form of every figure: its name, the filters it was computed with, when the ecosystem it
 * was computed from was read, and its rows. (The OpenAPI document names one schema per figure,
 * {@code <Figure>Figure}, in {@link InsightFigureSchemas}; they all have this shape.)
 */
public record InsightEnvelope<R>(String figure, InsightFilters filters, Instant computedAt, List<R> rows) {}
