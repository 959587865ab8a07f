/** The respondent's pages: home, welcome, the answering flow as plain HTML forms, thanks, privacy notices, public results and campaign short links. */
package org.youthvoice.respondent;
