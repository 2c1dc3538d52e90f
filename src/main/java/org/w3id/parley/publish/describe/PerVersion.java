package org.w3id.parley.publish.describe;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.w3id.parley.store.StoreVersion;

/**
 * Values computed from the store, kept until the store's committed version moves. Pages that summarise the
 * whole store (home, ontology, dataset description) cost one computation per change, not one per request.
 */
public final class PerVersion<K, V> {
    private final StoreVersion version;
    private final int capacity;
    private final Map<K, V> values = new HashMap<>();
    private long computedAt = Long.MIN_VALUE;

    public PerVersion(StoreVersion version, int capacity) {
        this.version = version;
        this.capacity = capacity;
    }

    /** The value for {@code key} at the store's current version; {@code null} results are not kept. */
    public synchronized V get(K key, Function<K, V> compute) {
        long now = version.current();
        if (now < 0) return compute.apply(key); // a store without versions: nothing can be kept
        if (now != computedAt || (values.size() >= capacity && !values.containsKey(key))) {
            values.clear();
            computedAt = now;
        }
        V value = values.get(key);
        if (value == null) {
            value = compute.apply(key);
            if (value != null) values.put(key, value);
        }
        return value;
    }
}
