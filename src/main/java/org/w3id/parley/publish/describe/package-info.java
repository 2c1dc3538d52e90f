/**
 * What the server says about the data, as RDF graphs built from the store: a resource's description with the graphs
 * behind each statement, labels and quoted texts, the dataset's VoID and service descriptions, the ontology, and the dumps.
 */
package org.w3id.parley.publish.describe;
