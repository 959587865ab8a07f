/** Consultation files: immutable records for a loaded consultation, the YAML loader, the validator and the catalogue of definition errors. */
package org.youthvoice.definition;
