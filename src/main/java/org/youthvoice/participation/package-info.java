/** How many young people take part: flows started, responses by day, ITU region, language and campaign, and the quarterly report. */
package org.youthvoice.participation;
