package org.w3id.parley.publish.view;

/**
 * Why a statement holds: a claim (its holder where another than its speaker, speaker, modality, quote in its sentence),
 * an inference, or a graph.
 */
record Source(
        Link claim,
        Link holder,
        Link speaker,
        String modality,
        String before,
        String quote,
        String after,
        boolean inferred,
        Link graph) {}
