/** The six languages: the language enum and its resolution, the message bundles, country names from CLDR, and the ITU regions. */
package org.youthvoice.i18n;
