/**
 * The {@code parley} command line: one picocli class per subcommand. The only package that wires the others
 * together; options and defaults live here, and every user-facing failure becomes one message and an exit code.
 */
package org.w3id.parley.cli;
