/** Results laid out for reading: the report, the meeting view, printable, PDF and DOCX, exports, open data, waves and cross-tabulations. */
package org.youthvoice.reports;
