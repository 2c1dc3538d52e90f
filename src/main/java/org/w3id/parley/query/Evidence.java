package org.w3id.parley.query;

import org.apache.jena.atlas.json.JsonObject;

/**
 * What a result row rests on: one claim, who states it, how the article carries it, and its exact
 * words with their code-point offsets (end exclusive) in the text resource {@code source}.
 */
public record Evidence(
        String claim,
        String label,
        String speaker,
        String speakerLabel,
        String modality,
        String modalityLabel,
        String source,
        String quote,
        long start,
        long end) {

    /** One line for table and CSV output: {@code speaker (modality): “quote” [start, end) <claim>}. */
    public String summary() {
        return speakerLabel + " (" + modalityLabel + "): “" + quote + "” [" + start + ", " + end + ") <" + claim + ">";
    }

    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.put("claim", claim);
        json.put("label", label);
        json.put("speaker", speaker);
        json.put("speakerLabel", speakerLabel);
        json.put("modality", modality);
        json.put("modalityLabel", modalityLabel);
        json.put("source", source);
        json.put("quote", quote);
        json.put("start", start);
        json.put("end", end);
        return json;
    }
}
