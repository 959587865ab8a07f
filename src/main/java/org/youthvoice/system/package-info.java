/** What every feature uses: refusals and their mappers, the problem page, CSV, downloads, QR codes, clock, databases, security headers, assets. */
package org.youthvoice.system;
