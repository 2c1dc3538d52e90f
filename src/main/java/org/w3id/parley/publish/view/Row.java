package org.w3id.parley.publish.view;

import java.util.List;

/** One statement: subject (for incoming links and fragments), property, value, and its sources. */
record Row(Link subject, Link property, Value value, List<Source> sources) {}
