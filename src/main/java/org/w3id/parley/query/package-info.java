/**
 * The named competency queries and analyses: parameter values resolved against the data in one place
 * ({@link org.w3id.parley.query.TermResolver}, for the pages and the command line alike) and bound as RDF terms by
 * rewriting the parsed query, results
 * written in the usual SPARQL formats, and the evidence (speaker, modality, exact words) of every row that names its
 * claims.
 */
package org.w3id.parley.query;
