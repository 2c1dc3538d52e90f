package org.w3id.parley.source;

/**
 * A person or organisation a new source names: its IRI relative to Parley's base ({@code actor/jane-roe}), its label,
 * and the file under {@code data/} that describes it already, or null when the new description does.
 */
public record Named(String path, String label, String describedIn) {
    public boolean isNew() {
        return describedIn == null;
    }
}
