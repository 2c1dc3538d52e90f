package org.w3id.parley.query;

import org.apache.jena.atlas.json.JsonObject;

/**
 * What a result row rests on: one claim, who states it, how the article carries it, its exact words with
 * their code-point offsets (end exclusive) in the text resource {@code source}, and whose position it is
 * ({@code holder}: Washington for "Washington believes", which the author states).
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
        long end,
        String holder,
        String holderLabel) {

    /**
     * One line for table and CSV output: {@code speaker (modality): “quote” [start, end) <claim>}, the speaker
     * preceded by {@code holder, stated by} where the claim holds another's position.
     */
    public String summary() {
        String who =
                holder.isEmpty() || holder.equals(speaker) ? speakerLabel : holderLabel + ", stated by " + speakerLabel;
        return who + " (" + modalityLabel + "): “" + quote + "” [" + start + ", " + end + ") <" + claim + ">";
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
        json.put("holder", holder);
        json.put("holderLabel", holderLabel);
        return json;
    }
}
