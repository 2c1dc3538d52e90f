/**
 * The named competency queries and analyses: parameters bound as RDF terms by rewriting the parsed query, results
 * written in the usual SPARQL formats, and the evidence (speaker, modality, exact words) of every row that names its
 * claims.
 */
package org.w3id.parley.query;
