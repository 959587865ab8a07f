/** Published aggregates: running counts folded from stored responses, suppression over every published number, and the results API. */
package org.youthvoice.results;
